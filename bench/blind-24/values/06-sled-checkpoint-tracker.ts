// expect: none
// Correct: listener-written state is only read inside the listener, from later method calls, or after awaiting once(...).
import { EventEmitter, once } from "node:events";

export interface CheckpointPing {
  bib: number;
  checkpoint: string;
  dogsInHarness: number;
  at: Date;
}

export interface TeamStanding {
  bib: number;
  lastCheckpoint: string;
  lastSeen: Date;
  dogsDropped: number;
}

export class CheckpointTracker extends EventEmitter {
  private readonly standings = new Map<number, TeamStanding>();
  private readonly startingDogs = new Map<number, number>();

  constructor(private readonly finishCheckpoint: string) {
    super();
    this.on("ping", (ping: CheckpointPing) => this.apply(ping));
  }

  register(bib: number, dogs: number): void {
    this.startingDogs.set(bib, dogs);
  }

  private apply(ping: CheckpointPing): void {
    const starting = this.startingDogs.get(ping.bib) ?? ping.dogsInHarness;
    const standing: TeamStanding = {
      bib: ping.bib,
      lastCheckpoint: ping.checkpoint,
      lastSeen: ping.at,
      dogsDropped: starting - ping.dogsInHarness,
    };
    this.standings.set(ping.bib, standing);

    if (ping.checkpoint === this.finishCheckpoint) {
      this.emit("finish", standing);
    }
  }

  standing(bib: number): TeamStanding | undefined {
    return this.standings.get(bib);
  }

  overdue(now: Date, maxGapMinutes: number): number[] {
    const cutoff = now.getTime() - maxGapMinutes * 60_000;
    return [...this.standings.values()]
      .filter((s) => s.lastCheckpoint !== this.finishCheckpoint && s.lastSeen.getTime() < cutoff)
      .map((s) => s.bib);
  }
}

export async function waitForWinner(
  tracker: CheckpointTracker,
  signal?: AbortSignal,
): Promise<{ winner: TeamStanding; pingsSeen: number }> {
  let pingsSeen = 0;
  const countPing = () => {
    pingsSeen += 1;
  };
  tracker.on("ping", countPing);

  try {
    const [winner] = (await once(tracker, "finish", { signal })) as [TeamStanding];
    return { winner, pingsSeen };
  } finally {
    tracker.off("ping", countPing);
  }
}
