// expect: none
// Concurrent pours are combined with Promise.all before awaiting, expected failures go straight into assert.rejects, and the allSettled results are checked entry by entry.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

interface Mould {
  id: string;
  shape: 'pillar' | 'taper' | 'votive';
  wickGauge: number;
}

interface PourRecord {
  mouldId: string;
  waxGrams: number;
  pouredAt: number;
}

class WickBatchScheduler {
  private readonly moulds = new Map<string, Mould>();
  private readonly poured: PourRecord[] = [];
  private open = true;

  register(mould: Mould): void {
    this.moulds.set(mould.id, mould);
  }

  async pour(mouldId: string): Promise<PourRecord> {
    if (!this.open) throw new Error('pouring station closed');
    const mould = this.moulds.get(mouldId);
    if (!mould) throw new Error(`unknown mould ${mouldId}`);
    if (mould.wickGauge < 1) throw new Error(`mould ${mouldId} has no wick threaded`);
    await delay(5);
    const waxGrams = mould.shape === 'pillar' ? 420 : mould.shape === 'taper' ? 85 : 60;
    const record = { mouldId, waxGrams, pouredAt: Date.now() };
    this.poured.push(record);
    return record;
  }

  totalWax(): number {
    return this.poured.reduce((g, r) => g + r.waxGrams, 0);
  }

  close(): void {
    this.open = false;
  }
}

describe('WickBatchScheduler', () => {
  let scheduler: WickBatchScheduler;

  before(() => {
    scheduler = new WickBatchScheduler();
    scheduler.register({ id: 'p-01', shape: 'pillar', wickGauge: 3 });
    scheduler.register({ id: 't-07', shape: 'taper', wickGauge: 1 });
    scheduler.register({ id: 'v-12', shape: 'votive', wickGauge: 2 });
    scheduler.register({ id: 'v-13', shape: 'votive', wickGauge: 0 });
  });

  after(() => {
    scheduler.close();
  });

  test('pours two moulds concurrently', async () => {
    const pillar = scheduler.pour('p-01');
    const taper = scheduler.pour('t-07');
    const [a, b] = await Promise.all([pillar, taper]);
    assert.equal(a.waxGrams, 420);
    assert.equal(b.waxGrams, 85);
    assert.equal(scheduler.totalWax(), 505);
  });

  test('rejects a mould without a wick', async () => {
    await assert.rejects(scheduler.pour('v-13'), /no wick threaded/);
  });

  test('rejects an unknown mould', async () => {
    await assert.rejects(() => scheduler.pour('x-99'), { message: 'unknown mould x-99' });
  });

  test('reports each outcome of a mixed batch', async () => {
    const results = await Promise.allSettled(['v-12', 'v-13', 'x-1'].map((id) => scheduler.pour(id)));
    assert.deepEqual(
      results.map((r) => r.status),
      ['fulfilled', 'rejected', 'rejected'],
    );
    const reasons = results.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : []));
    assert.match(reasons[0], /no wick threaded/);
    assert.match(reasons[1], /unknown mould x-1/);
  });
});
