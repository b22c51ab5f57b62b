// expect: no-read-before-settle
// Bug: flyOut() triggers refreshLoad() and immediately compares this.lastLoadKg, which the .then callback has not updated yet (stale or 0).
export interface Lineset {
  number: number;
  name: string;
  batten: 'pipe' | 'truss' | 'electric';
  ratedLoadKg: number;
}

export interface FlyCue {
  cue: string;
  lineset: Lineset;
  outTrimM: number;
  speedMs: number;
}

declare const loadCells: {
  read(lineset: number): Promise<number>;
};

declare const hoist: {
  moveTo(lineset: number, trimM: number, speedMs: number): Promise<void>;
  brake(lineset: number): Promise<void>;
};

declare const flyLog: {
  warn(message: string, meta?: Record<string, unknown>): void;
  info(message: string, meta?: Record<string, unknown>): void;
};

const DYNAMIC_FACTOR = 1.3;

export class FlyRail {
  private lastLoadKg = 0;
  private lastLoadAt = 0;

  constructor(private readonly linesets: Map<number, Lineset>) {}

  refreshLoad(lineset: number): void {
    loadCells.read(lineset).then(
      (kg) => {
        this.lastLoadKg = kg;
        this.lastLoadAt = Date.now();
      },
      (err: unknown) => flyLog.warn('load cell read failed', { lineset, message: String(err) }),
    );
  }

  allowableSpeed(set: Lineset, loadKg: number): number {
    const utilisation = (loadKg * DYNAMIC_FACTOR) / set.ratedLoadKg;
    if (utilisation > 0.9) return 0.3;
    if (utilisation > 0.7) return 0.8;
    return set.batten === 'electric' ? 1.0 : 1.5;
  }

  async flyOut(cue: FlyCue): Promise<void> {
    const set = this.linesets.get(cue.lineset.number);
    if (!set) throw new Error(`lineset ${cue.lineset.number} not configured`);

    this.refreshLoad(set.number);
    if (this.lastLoadKg * DYNAMIC_FACTOR > set.ratedLoadKg) {
      await hoist.brake(set.number);
      throw new Error(`cue ${cue.cue}: ${set.name} overloaded at ${this.lastLoadKg} kg`);
    }

    const speed = Math.min(cue.speedMs, this.allowableSpeed(set, this.lastLoadKg));
    flyLog.info('flying out', { cue: cue.cue, lineset: set.number, speed, loadAgeMs: Date.now() - this.lastLoadAt });
    await hoist.moveTo(set.number, cue.outTrimM, speed);
  }

  async runCueList(cues: FlyCue[]): Promise<void> {
    for (const cue of cues) {
      await this.flyOut(cue);
    }
  }
}
