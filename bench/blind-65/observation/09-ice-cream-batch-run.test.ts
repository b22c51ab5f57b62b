// expect: none
// Every Promise.allSettled result is narrowed by status before its value or reason is read.
import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';

interface ChurnBatch {
  batchId: string;
  flavor: string;
  litres: number;
  maxMinutes: number;
}

interface ChurnResult {
  batchId: string;
  minutes: number;
  overrunPercent: number;
}

interface ChurnerPool {
  run(batch: ChurnBatch): Promise<ChurnResult>;
  idle(): number;
}

declare function createChurnerPool(options: { churners: number; failFlavors?: string[] }): ChurnerPool;

const batches: ChurnBatch[] = [
  { batchId: 'B1', flavor: 'pistachio', litres: 12, maxMinutes: 25 },
  { batchId: 'B2', flavor: 'stracciatella', litres: 10, maxMinutes: 22 },
  { batchId: 'B3', flavor: 'mango-sorbet', litres: 8, maxMinutes: 18 },
];

describe('churner pool batch run', () => {
  let pool: ChurnerPool;

  beforeEach(() => {
    pool = createChurnerPool({ churners: 2, failFlavors: ['mango-sorbet'] });
  });

  it('reports one failure without losing the other batches', async () => {
    const results = await Promise.allSettled(batches.map((b) => pool.run(b)));

    const done = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');

    assert.deepEqual(done.map((r) => r.batchId).sort(), ['B1', 'B2']);
    assert.equal(failed.length, 1);
    assert.match(String(failed[0].reason), /mango-sorbet/);
  });

  it('keeps overrun within the expected band for dairy bases', async () => {
    const results = await Promise.allSettled(batches.slice(0, 2).map((b) => pool.run(b)));
    for (const result of results) {
      assert.equal(result.status, 'fulfilled');
      if (result.status === 'fulfilled') {
        assert.ok(result.value.overrunPercent >= 20 && result.value.overrunPercent <= 35);
      }
    }
  });

  it('returns every churner to the pool after a failure', async () => {
    const results = await Promise.allSettled(batches.map((b) => pool.run(b)));
    const rejected = results.filter((r) => r.status === 'rejected');
    assert.equal(rejected.length, 1);
    assert.equal(pool.idle(), 2);
  });

  it('never exceeds the per-batch time budget', async () => {
    const results = await Promise.allSettled(batches.map((b) => pool.run(b)));
    results.forEach((result, index) => {
      if (result.status !== 'fulfilled') return;
      assert.ok(result.value.minutes <= batches[index].maxMinutes, `batch ${batches[index].batchId} ran long`);
    });
  });
});
