// expect: none
// Each job promise gets fulfilment and rejection handlers the moment it is created, is tracked in a Set, and drain() awaits everything still in flight.
export interface StitchJob {
  jobId: string;
  title: string;
  copies: number;
  sheetsPerCopy: number;
  staples: 2 | 3;
}

export interface StitchOutcome {
  jobId: string;
  booklets: number;
  spoiled: number;
  finishedAt: number;
}

declare const stitcher: {
  run(benchId: string, job: StitchJob): Promise<StitchOutcome>;
};

declare const productionBoard: {
  post(update: { jobId: string; state: 'running' | 'done' | 'failed'; detail?: string }): void;
};

const MAX_SHEETS_PER_BOOKLET = 24;

export class StitchBenchQueue {
  private readonly inFlight = new Set<Promise<void>>();
  private readonly completed: StitchOutcome[] = [];
  private readonly failed: Array<{ job: StitchJob; error: string }> = [];
  private nextBench = 0;

  constructor(
    private readonly benchIds: string[],
    private readonly maxInFlight = benchIds.length,
  ) {}

  submit(job: StitchJob): boolean {
    if (job.sheetsPerCopy > MAX_SHEETS_PER_BOOKLET) {
      this.failed.push({ job, error: `${job.sheetsPerCopy} sheets is too thick to saddle stitch` });
      productionBoard.post({ jobId: job.jobId, state: 'failed', detail: 'too thick' });
      return true;
    }
    if (this.inFlight.size >= this.maxInFlight) return false;

    const benchId = this.benchIds[this.nextBench++ % this.benchIds.length];
    productionBoard.post({ jobId: job.jobId, state: 'running', detail: benchId });

    const tracked: Promise<void> = stitcher
      .run(benchId, job)
      .then(
        (outcome) => {
          this.completed.push(outcome);
          productionBoard.post({ jobId: job.jobId, state: 'done', detail: `${outcome.booklets} booklets` });
        },
        (err: unknown) => {
          const error = err instanceof Error ? err.message : String(err);
          this.failed.push({ job, error });
          productionBoard.post({ jobId: job.jobId, state: 'failed', detail: error });
        },
      )
      .then(() => {
        this.inFlight.delete(tracked);
      });
    this.inFlight.add(tracked);
    return true;
  }

  async drain(): Promise<{ completed: StitchOutcome[]; failed: Array<{ job: StitchJob; error: string }> }> {
    while (this.inFlight.size > 0) {
      await Promise.all([...this.inFlight]);
    }
    return { completed: [...this.completed], failed: [...this.failed] };
  }

  get busy(): number {
    return this.inFlight.size;
  }

  spoilageRate(): number {
    const booklets = this.completed.reduce((sum, o) => sum + o.booklets, 0);
    const spoiled = this.completed.reduce((sum, o) => sum + o.spoiled, 0);
    return booklets + spoiled === 0 ? 0 : spoiled / (booklets + spoiled);
  }
}
