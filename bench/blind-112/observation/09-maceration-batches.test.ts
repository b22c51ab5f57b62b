// expect: none
// Both batches are started and immediately handed to Promise.allSettled, and the test inspects the rejected entry's reason, so neither promise is ever left without a handler.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface MacerationBatch {
  batchId: string;
  absoluteMl: number;
  ethanolMl: number;
}

class MacerationTank {
  private busy = new Set<string>();

  constructor(private readonly capacityMl: number) {}

  async start(batch: MacerationBatch): Promise<{ batchId: string; strengthPct: number }> {
    const total = batch.absoluteMl + batch.ethanolMl;
    await sleep(5);
    if (total > this.capacityMl) {
      throw new Error(`batch ${batch.batchId} needs ${total} ml but the tank holds ${this.capacityMl} ml`);
    }
    this.busy.add(batch.batchId);
    return { batchId: batch.batchId, strengthPct: Math.round((batch.absoluteMl / total) * 1000) / 10 };
  }

  drain(): void {
    this.busy.clear();
  }

  get occupied(): number {
    return this.busy.size;
  }
}

describe('MacerationTank', () => {
  let tank: MacerationTank;

  before(() => {
    tank = new MacerationTank(2000);
  });

  after(() => {
    tank.drain();
  });

  test('accepts a batch that fits and computes extrait strength', async () => {
    const result = await tank.start({ batchId: 'ROSE-11', absoluteMl: 300, ethanolMl: 700 });
    assert.deepEqual(result, { batchId: 'ROSE-11', strengthPct: 30 });
  });

  test('starts two batches side by side and reports the one that overflows', async () => {
    const vetiver = tank.start({ batchId: 'VET-02', absoluteMl: 150, ethanolMl: 850 });
    const oud = tank.start({ batchId: 'OUD-07', absoluteMl: 900, ethanolMl: 1500 });
    const [a, b] = await Promise.allSettled([vetiver, oud]);

    assert.equal(a.status, 'fulfilled');
    assert.equal(a.status === 'fulfilled' && a.value.strengthPct, 15);
    assert.equal(b.status, 'rejected');
    assert.match(b.status === 'rejected' ? String(b.reason) : '', /OUD-07 needs 2400 ml/);
  });

  test('rejects an oversize batch outright', async () => {
    await assert.rejects(tank.start({ batchId: 'AMBER-1', absoluteMl: 1000, ethanolMl: 1500 }), /tank holds 2000 ml/);
  });
});
