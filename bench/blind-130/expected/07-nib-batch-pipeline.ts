// expect: none
// The pipeline stores stage functions in an array and calls each one inside the loop, so every await is on a promise the stage actually returned.
export interface NibJob {
  jobId: string;
  sku: string;
  grind: 'stub' | 'cursive-italic' | 'oblique' | 'needlepoint';
  tippingMicrons: number;
}

export interface GrindingBench {
  rough(job: NibJob): Promise<void>;
  shape(job: NibJob): Promise<void>;
  polish(job: NibJob, grit: number): Promise<void>;
  inkTest(job: NibJob): Promise<{ skips: number; baby: boolean }>;
}

export interface StageTiming {
  stage: string;
  ms: number;
}

export interface BatchOutcome {
  jobId: string;
  timings: StageTiming[];
  passed: boolean;
}

type Stage = { name: string; run: (job: NibJob) => Promise<unknown> };

export class NibBatchPipeline {
  private readonly stages: Stage[];

  constructor(private readonly bench: GrindingBench) {
    this.stages = [
      { name: 'rough', run: (job) => this.bench.rough(job) },
      { name: 'shape', run: (job) => this.bench.shape(job) },
      { name: 'polish-2000', run: (job) => this.bench.polish(job, 2_000) },
      { name: 'polish-12000', run: (job) => this.bench.polish(job, 12_000) },
    ];
  }

  async process(job: NibJob): Promise<BatchOutcome> {
    const timings: StageTiming[] = [];
    for (const stage of this.stages) {
      if (stage.name === 'rough' && job.tippingMicrons < 400) continue;
      const started = performance.now();
      await stage.run(job);
      timings.push({ stage: stage.name, ms: Math.round(performance.now() - started) });
    }

    const test = await this.bench.inkTest(job);
    return { jobId: job.jobId, timings, passed: test.skips === 0 && !test.baby };
  }

  async processAll(jobs: NibJob[]): Promise<BatchOutcome[]> {
    const outcomes: BatchOutcome[] = [];
    for (const job of jobs) outcomes.push(await this.process(job));
    return outcomes;
  }
}

export function slowestStage(outcomes: BatchOutcome[]): string | undefined {
  const totals = new Map<string, number>();
  for (const o of outcomes) for (const t of o.timings) totals.set(t.stage, (totals.get(t.stage) ?? 0) + t.ms);
  return [...totals.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
