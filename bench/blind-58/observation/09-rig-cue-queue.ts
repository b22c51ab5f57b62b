// expect: none
// The synchronous 'go' handler extends a stored chain that has a .catch attached immediately, and drain() awaits that chain, so no cue promise floats or goes unobserved.
import { EventEmitter } from "node:events";

export interface CueCommand {
  cueId: string;
  fly: string;
  targetCm: number;
  speedCmPerS: number;
}

export interface CueFailure {
  cue: CueCommand;
  message: string;
}

export interface RigDriver {
  moveFly(fly: string, targetCm: number, speedCmPerS: number): Promise<void>;
  brakeEngaged(fly: string): Promise<boolean>;
}

declare const showLog: {
  note(line: string): void;
};

const MAX_SPEED_CM_PER_S = 120;

export class RigCueQueue {
  private tail: Promise<void> = Promise.resolve();
  private readonly failures: CueFailure[] = [];
  private completed = 0;

  constructor(board: EventEmitter, private readonly rig: RigDriver) {
    board.on("go", (cue: CueCommand) => this.enqueue(cue));
  }

  private enqueue(cue: CueCommand): void {
    this.tail = this.tail
      .then(() => this.execute(cue))
      .catch((err: unknown) => {
        const message = err instanceof Error ? err.message : String(err);
        this.failures.push({ cue, message });
        showLog.note(`cue ${cue.cueId} failed: ${message}`);
      });
  }

  private async execute(cue: CueCommand): Promise<void> {
    if (cue.speedCmPerS > MAX_SPEED_CM_PER_S) {
      throw new RangeError(`cue ${cue.cueId} exceeds the ${MAX_SPEED_CM_PER_S}cm/s limit`);
    }
    if (await this.rig.brakeEngaged(cue.fly)) {
      throw new Error(`brake engaged on ${cue.fly}`);
    }
    await this.rig.moveFly(cue.fly, cue.targetCm, cue.speedCmPerS);
    this.completed += 1;
    showLog.note(`cue ${cue.cueId} complete: ${cue.fly} at ${cue.targetCm}cm`);
  }

  async drain(): Promise<{ completed: number; failures: CueFailure[] }> {
    await this.tail;
    return { completed: this.completed, failures: this.failures.splice(0) };
  }
}
