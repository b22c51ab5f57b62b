// expect: none
// Stored resolve/reject are taken and cleared before use, so the start-gate promise settles exactly once on start, false start or abandonment.
import { EventEmitter } from "node:events";

export type LaneId = 1 | 2 | 3 | 4 | 5 | 6;

export interface StartOutcome {
  raceId: string;
  startedAt: number;
  lanes: LaneId[];
}

interface PendingStart {
  raceId: string;
  resolve: (outcome: StartOutcome) => void;
  reject: (err: Error) => void;
}

export class StartGateController extends EventEmitter {
  private pending: PendingStart | null = null;
  private readonly lanesLocked = new Set<LaneId>();

  lockLane(lane: LaneId): void {
    this.lanesLocked.add(lane);
    this.emit("lane-locked", lane);
  }

  awaitStart(raceId: string): Promise<StartOutcome> {
    if (this.pending) {
      return Promise.reject(new Error(`race ${this.pending.raceId} is still on the start`));
    }
    return new Promise<StartOutcome>((resolve, reject) => {
      this.pending = { raceId, resolve, reject };
    });
  }

  private take(): PendingStart | null {
    const current = this.pending;
    this.pending = null;
    return current;
  }

  fireStart(now: number = Date.now()): void {
    const current = this.take();
    if (!current) return;
    const lanes = [...this.lanesLocked].sort();
    this.lanesLocked.clear();
    current.resolve({ raceId: current.raceId, startedAt: now, lanes });
  }

  falseStart(lane: LaneId): void {
    const current = this.take();
    if (!current) return;
    this.lanesLocked.clear();
    current.reject(new Error(`false start in lane ${lane} for race ${current.raceId}`));
  }

  abandon(reason: string): void {
    const current = this.take();
    this.lanesLocked.clear();
    current?.reject(new Error(`race ${current.raceId} abandoned: ${reason}`));
  }
}

export async function runHeat(
  gate: StartGateController,
  raceId: string,
  lanes: LaneId[],
): Promise<StartOutcome | null> {
  for (const lane of lanes) gate.lockLane(lane);
  try {
    return await gate.awaitStart(raceId);
  } catch (err) {
    if (err instanceof Error && err.message.includes("false start")) {
      return null;
    }
    throw err;
  }
}
