// expect: none
// The stored resolve/reject pair is detached before settling, so repeated 'complete'/'error' events after the first are ignored; 'stalled' and 'error' also settle.
import { EventEmitter } from 'node:events';

export interface SweepProgress {
  sector: number;
  sectorsTotal: number;
  sandLevelMm: number;
}

export interface SweepSummary {
  ringId: string;
  sectorsSwept: number;
  averageSandLevelMm: number;
  durationMs: number;
}

export interface SweeperRobot extends EventEmitter {
  readonly ringId: string;
  begin(pattern: 'spiral' | 'radial'): void;
  halt(): void;
}

interface PendingSweep {
  promise: Promise<SweepSummary>;
  resolve(summary: SweepSummary): void;
  reject(error: Error): void;
}

declare const dohyoMetrics: {
  gauge(name: string, value: number, tags: Record<string, string>): void;
};

export class SweepCoordinator {
  private pending: PendingSweep | undefined;
  private levels: number[] = [];
  private startedAt = 0;

  constructor(private readonly robot: SweeperRobot) {
    robot.on('progress', (progress: SweepProgress) => this.onProgress(progress));
    robot.on('complete', (sectorsSwept: number) => this.finish(undefined, sectorsSwept));
    robot.on('stalled', (sector: number) => this.finish(new Error(`sweeper stalled in sector ${sector}`)));
    robot.on('error', (error: Error) => this.finish(error));
  }

  get busy(): boolean {
    return this.pending !== undefined;
  }

  sweep(pattern: 'spiral' | 'radial' = 'spiral'): Promise<SweepSummary> {
    if (this.pending) return this.pending.promise;

    let resolve!: (summary: SweepSummary) => void;
    let reject!: (error: Error) => void;
    const promise = new Promise<SweepSummary>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    this.pending = { promise, resolve, reject };
    this.levels = [];
    this.startedAt = Date.now();

    try {
      this.robot.begin(pattern);
    } catch (err) {
      this.finish(err instanceof Error ? err : new Error(String(err)));
    }
    return promise;
  }

  abortSweep(reason = 'bout called early'): void {
    if (!this.pending) return;
    this.robot.halt();
    this.finish(new Error(`sweep aborted: ${reason}`));
  }

  private onProgress(progress: SweepProgress): void {
    if (!this.pending) return;
    this.levels.push(progress.sandLevelMm);
    dohyoMetrics.gauge('dohyo.sand_level_mm', progress.sandLevelMm, {
      ring: this.robot.ringId,
      sector: String(progress.sector),
    });
  }

  private finish(error: Error | undefined, sectorsSwept = this.levels.length): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;

    if (error) {
      pending.reject(error);
      return;
    }
    const total = this.levels.reduce((sum, level) => sum + level, 0);
    pending.resolve({
      ringId: this.robot.ringId,
      sectorsSwept,
      averageSandLevelMm: this.levels.length ? total / this.levels.length : 0,
      durationMs: Date.now() - this.startedAt,
    });
  }
}
