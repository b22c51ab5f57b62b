// expect: none
// bottleBatches checks each allSettled result's status before reading value/reason, and the tests await every promise they create.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
  toContain(item: unknown): void;
};

interface CiderBatch {
  batchId: string;
  litres: number;
  gravity: number;
}

interface BottlingOutcome {
  bottled: Array<{ batchId: string; bottles: number }>;
  failed: Array<{ batchId: string; reason: string }>;
}

type BottlingLine = (batch: CiderBatch) => Promise<number>;

async function bottleBatches(batches: CiderBatch[], line: BottlingLine): Promise<BottlingOutcome> {
  const results = await Promise.allSettled(batches.map((batch) => line(batch)));
  const outcome: BottlingOutcome = { bottled: [], failed: [] };
  results.forEach((result, index) => {
    const batchId = batches[index]!.batchId;
    if (result.status === 'fulfilled') {
      outcome.bottled.push({ batchId, bottles: result.value });
    } else {
      outcome.failed.push({ batchId, reason: result.reason instanceof Error ? result.reason.message : String(result.reason) });
    }
  });
  return outcome;
}

function fakeLine(rejectIds: Set<string>): BottlingLine {
  return async (batch) => {
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (rejectIds.has(batch.batchId)) throw new Error(`gravity ${batch.gravity} too high, still fermenting`);
    return Math.floor(batch.litres / 0.5);
  };
}

describe('bottleBatches', () => {
  let batches: CiderBatch[];

  beforeEach(() => {
    batches = [
      { batchId: 'kingston-black-23', litres: 220, gravity: 1.002 },
      { batchId: 'dabinett-23', litres: 180, gravity: 1.012 },
      { batchId: 'yarlington-23', litres: 95.5, gravity: 0.998 },
    ];
  });

  it('bottles every batch when the line accepts them all', async () => {
    const outcome = await bottleBatches(batches, fakeLine(new Set()));
    expect(outcome.failed).toHaveLength(0);
    expect(outcome.bottled.map((b) => b.bottles)).toEqual([440, 360, 191]);
  });

  it('keeps going when one batch is refused', async () => {
    const outcome = await bottleBatches(batches, fakeLine(new Set(['dabinett-23'])));
    expect(outcome.bottled).toHaveLength(2);
    expect(outcome.failed).toEqual([{ batchId: 'dabinett-23', reason: 'gravity 1.012 too high, still fermenting' }]);
  });

  it('reports non-Error rejections as strings', async () => {
    const outcome = await bottleBatches(batches.slice(0, 1), () => Promise.reject('line stopped'));
    expect(outcome.failed[0]?.reason).toBe('line stopped');
  });

  it('handles an empty cellar', async () => {
    const outcome = await bottleBatches([], fakeLine(new Set()));
    expect(outcome).toEqual({ bottled: [], failed: [] });
  });
});
