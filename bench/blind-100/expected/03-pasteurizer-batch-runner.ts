// expect: none
// The queue deliberately holds thunks (() => this.pasteurize(batch)) and runLimited calls each one when a slot frees up, so the function references are invoked, not awaited as values.
export interface MilkBatch {
  batchId: string;
  litres: number;
  product: 'chevre' | 'feta' | 'drinking-milk';
}

export interface Pasteurizer {
  run(batchId: string, holdC: number, holdSeconds: number): Promise<{ peakC: number; heldSeconds: number }>;
}

export interface BatchResult {
  batchId: string;
  passed: boolean;
  peakC: number;
}

const PROFILE: Record<MilkBatch['product'], { holdC: number; holdSeconds: number }> = {
  chevre: { holdC: 63, holdSeconds: 1800 },
  feta: { holdC: 63, holdSeconds: 1800 },
  'drinking-milk': { holdC: 72, holdSeconds: 15 },
};

export async function runLimited<T>(tasks: Array<() => Promise<T>>, limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  async function lane(): Promise<void> {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, () => lane()));
  return results;
}

export class BatchRunner {
  constructor(
    private readonly vats: Pasteurizer,
    private readonly parallelVats = 2,
  ) {}

  private async pasteurize(batch: MilkBatch): Promise<BatchResult> {
    const profile = PROFILE[batch.product];
    const log = await this.vats.run(batch.batchId, profile.holdC, profile.holdSeconds);
    return {
      batchId: batch.batchId,
      passed: log.peakC >= profile.holdC && log.heldSeconds >= profile.holdSeconds,
      peakC: log.peakC,
    };
  }

  async runDay(batches: MilkBatch[]): Promise<BatchResult[]> {
    const ordered = [...batches].sort((a, b) => b.litres - a.litres);
    const queue = ordered.map((batch) => () => this.pasteurize(batch));
    return runLimited(queue, this.parallelVats);
  }
}
