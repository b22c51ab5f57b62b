// expect: none
// The cue listener is synchronous and hands each async cue to a chain that ends in .catch, so no promise is dropped.
import { EventEmitter } from "node:events";

export type CurtainId = "main" | "scrim" | "puppet-bridge";

export interface Cue {
  number: number;
  curtain: CurtainId;
  action: "fly-in" | "fly-out" | "half";
  speedMmS: number;
}

interface FlyRail {
  moveTo(curtain: CurtainId, positionMm: number, speedMmS: number): Promise<void>;
  position(curtain: CurtainId): number;
}

declare const prompterDesk: EventEmitter;
declare const stageManagerLog: { record(line: string): void };

const TRAVEL_MM: Record<CurtainId, number> = {
  main: 7_200,
  scrim: 6_800,
  "puppet-bridge": 2_400,
};

export class CueRunner extends EventEmitter {
  private queue: Promise<void> = Promise.resolve();
  private executed = 0;

  constructor(private readonly rail: FlyRail) {
    super();
    prompterDesk.on("go", (cue: Cue) => this.enqueue(cue));
  }

  private target(cue: Cue): number {
    const travel = TRAVEL_MM[cue.curtain];
    switch (cue.action) {
      case "fly-in":
        return 0;
      case "fly-out":
        return travel;
      case "half":
        return Math.round(travel / 2);
    }
  }

  private async run(cue: Cue): Promise<void> {
    const from = this.rail.position(cue.curtain);
    const to = this.target(cue);
    if (from === to) {
      stageManagerLog.record(`cue ${cue.number}: ${cue.curtain} already at ${to}mm`);
      return;
    }
    await this.rail.moveTo(cue.curtain, to, cue.speedMmS);
    this.executed += 1;
    stageManagerLog.record(`cue ${cue.number}: ${cue.curtain} ${cue.action} complete`);
  }

  enqueue(cue: Cue): void {
    this.queue = this.queue
      .then(() => this.run(cue))
      .catch((err: unknown) => {
        stageManagerLog.record(`cue ${cue.number} FAILED: ${err instanceof Error ? err.message : String(err)}`);
        this.emit("cue-failed", cue, err);
      });
  }

  async drain(): Promise<number> {
    await this.queue;
    return this.executed;
  }

  static validate(cues: Cue[]): string[] {
    const problems: string[] = [];
    cues.forEach((cue, index) => {
      if (index > 0 && cue.number <= cues[index - 1].number) problems.push(`cue ${cue.number} out of order`);
      if (cue.speedMmS <= 0 || cue.speedMmS > 1_500) problems.push(`cue ${cue.number} speed out of range`);
    });
    return problems;
  }
}
