// expect: no-uncalled-async-function
// The task for blanks that need profiling returns `this.profileBlank` instead of calling it, so the queue "completes" those jobs without ever cutting them.
export interface CaneBlank {
  id: string;
  diameterMm: number;
  densityGcm3: number;
  needsProfiling: boolean;
  targetStrength: 2 | 2.5 | 3 | 3.5 | 4;
}

export interface CutResult {
  blankId: string;
  tipMm: number;
  heelMm: number;
  measuredStrength: number;
}

interface TaskQueue {
  add<T>(task: () => T, opts?: { priority?: number }): Promise<Awaited<T>>;
  onIdle(): Promise<void>;
  readonly size: number;
}

declare function createQueue(concurrency: number): TaskQueue;

declare const reedCutter: {
  profile(blankId: string, thicknessMm: number): Promise<void>;
  cut(blankId: string, strength: number): Promise<{ tipMm: number; heelMm: number }>;
  flex(blankId: string): Promise<number>;
};

declare const reedLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
};

function profileThickness(blank: CaneBlank): number {
  const base = 0.58 + (blank.targetStrength - 2) * 0.03;
  return Math.round((base + (0.62 - blank.densityGcm3) * 0.1) * 1000) / 1000;
}

export class ReedBatch {
  private readonly queue: TaskQueue;
  private readonly done: CutResult[] = [];

  constructor(concurrency = 2) {
    this.queue = createQueue(concurrency);
  }

  private async cutReed(blank: CaneBlank): Promise<CutResult> {
    const { tipMm, heelMm } = await reedCutter.cut(blank.id, blank.targetStrength);
    const measuredStrength = await reedCutter.flex(blank.id);
    const result = { blankId: blank.id, tipMm, heelMm, measuredStrength };
    this.done.push(result);
    return result;
  }

  private async profileBlank(blank: CaneBlank): Promise<CutResult> {
    await reedCutter.profile(blank.id, profileThickness(blank));
    return this.cutReed(blank);
  }

  async process(blanks: CaneBlank[]): Promise<unknown[]> {
    const accepted = blanks.filter((b) => b.diameterMm >= 12.5 && b.diameterMm <= 13.5);
    reedLog.info('reed batch accepted', { total: blanks.length, accepted: accepted.length });

    const jobs = accepted.map((blank) =>
      this.queue.add(() => (blank.needsProfiling ? this.profileBlank : this.cutReed(blank)), {
        priority: blank.targetStrength >= 3.5 ? 1 : 0,
      }),
    );

    const results = await Promise.all(jobs);
    await this.queue.onIdle();
    reedLog.info('reed batch finished', { cut: this.done.length });
    return results;
  }

  strengthDrift(): number {
    if (this.done.length === 0) return 0;
    const total = this.done.reduce((sum, r) => sum + r.measuredStrength, 0);
    return total / this.done.length;
  }
}
