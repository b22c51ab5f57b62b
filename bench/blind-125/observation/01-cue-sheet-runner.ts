// expect: no-floating-promises
// runCue starts motors.moveTo for every line set and drops the returned promises, so a rejected move is never handled and waitIdle can report success over a failed move.
export interface MotorBus {
  moveTo(lineSetId: string, trimMm: number, speedMmPerS: number): Promise<void>;
  waitIdle(timeoutMs: number): Promise<void>;
  positionOf(lineSetId: string): Promise<number>;
  brake(lineSetId: string): Promise<void>;
}

export interface CueMove {
  lineSetId: string;
  trimMm: number;
  speedMmPerS?: number;
}

export interface Cue {
  number: string;
  label: string;
  moves: CueMove[];
}

export interface CueOutcome {
  cue: string;
  positions: Record<string, number>;
  elapsedMs: number;
}

const DEFAULT_SPEED = 300;
const TOLERANCE_MM = 5;

export class CueRunner {
  private running: string | undefined;

  constructor(private readonly motors: MotorBus, private readonly idleTimeoutMs = 60_000) {}

  async runCue(cue: Cue): Promise<CueOutcome> {
    if (this.running) {
      throw new Error(`cue ${this.running} is still running; cannot GO ${cue.number}`);
    }
    this.running = cue.number;
    const started = Date.now();
    try {
      for (const move of cue.moves) {
        this.motors.moveTo(move.lineSetId, move.trimMm, move.speedMmPerS ?? DEFAULT_SPEED);
      }
      await this.motors.waitIdle(this.idleTimeoutMs);

      const positions: Record<string, number> = {};
      for (const move of cue.moves) {
        const pos = await this.motors.positionOf(move.lineSetId);
        if (Math.abs(pos - move.trimMm) > TOLERANCE_MM) {
          await this.motors.brake(move.lineSetId);
          throw new Error(`cue ${cue.number}: ${move.lineSetId} stopped at ${pos} mm, wanted ${move.trimMm}`);
        }
        positions[move.lineSetId] = pos;
      }
      return { cue: cue.number, positions, elapsedMs: Date.now() - started };
    } finally {
      this.running = undefined;
    }
  }

  async runSequence(cues: Cue[], onComplete?: (o: CueOutcome) => void): Promise<CueOutcome[]> {
    const outcomes: CueOutcome[] = [];
    for (const cue of cues) {
      const outcome = await this.runCue(cue);
      onComplete?.(outcome);
      outcomes.push(outcome);
    }
    return outcomes;
  }
}
