// expect: none
// The async map callbacks are all awaited through Promise.all, and the queue listener is synchronous and passes each job's promise on to .catch(), so no started promise is dropped.
import { EventEmitter } from 'node:events';

export interface PlateJob {
  jobId: string;
  plateIds: string[];
  dpi: 600 | 1200 | 2400;
  colourProfile: 'gray-gamma-2.2' | 'adobe-rgb';
}

export interface ScanResult {
  plateId: string;
  tiffPath: string;
  bytes: number;
}

declare const scanner: {
  scan(plateId: string, dpi: number, profile: string): Promise<{ path: string; bytes: number }>;
};
declare const archive: {
  store(jobId: string, results: ScanResult[]): Promise<void>;
  markFailed(jobId: string, reason: string): Promise<void>;
};

export class PlateScanWorker {
  private busy = 0;

  constructor(
    private readonly queue: EventEmitter,
    private readonly maxConcurrent = 2,
  ) {}

  async process(job: PlateJob): Promise<ScanResult[]> {
    const results = await Promise.all(
      job.plateIds.map(async (plateId) => {
        const { path, bytes } = await scanner.scan(plateId, job.dpi, job.colourProfile);
        if (bytes === 0) throw new Error(`empty scan for plate ${plateId}`);
        return { plateId, tiffPath: path, bytes };
      }),
    );
    await archive.store(job.jobId, results);
    return results;
  }

  private handle(job: PlateJob): void {
    this.busy++;
    this.process(job)
      .then(
        (results) => this.queue.emit('done', job.jobId, results.length),
        (err: unknown) => {
          const reason = err instanceof Error ? err.message : String(err);
          this.queue.emit('failed', job.jobId, reason);
          return archive.markFailed(job.jobId, reason);
        },
      )
      .finally(() => {
        this.busy--;
        if (this.busy < this.maxConcurrent) this.queue.emit('ready');
      })
      .catch((err: unknown) => console.error(`could not record outcome of ${job.jobId}`, err));
  }

  start(): void {
    this.queue.on('job', (job: PlateJob) => {
      if (this.busy >= this.maxConcurrent) {
        this.queue.emit('requeue', job);
        return;
      }
      this.handle(job);
    });
    this.queue.emit('ready');
  }
}
