// expect: no-unobserved-promise
// In the invalid-site test the already-rejected submit promise is held across the await of the batch flush (which takes a timer tick) before assert.rejects attaches a handler, so it is reported as an unhandled rejection.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

interface SiteInspection {
  siteId: string;
  storeys: number;
  lashingsChecked: number;
  inspector: string;
}

interface InspectionApi {
  file(batch: SiteInspection[]): Promise<string[]>;
}

class InspectionQueue {
  private waiting: Array<{ item: SiteInspection; resolve: (id: string) => void; reject: (e: Error) => void }> = [];

  constructor(private api: InspectionApi) {}

  submit(item: SiteInspection): Promise<string> {
    return new Promise((resolve, reject) => {
      if (item.storeys < 1) {
        reject(new Error(`site ${item.siteId}: storeys must be at least 1`));
        return;
      }
      this.waiting.push({ item, resolve, reject });
    });
  }

  async flush(): Promise<number> {
    const batch = this.waiting.splice(0);
    if (batch.length === 0) return 0;
    try {
      const ids = await this.api.file(batch.map((b) => b.item));
      batch.forEach((b, i) => b.resolve(ids[i]));
    } catch (err) {
      for (const b of batch) b.reject(err as Error);
    }
    return batch.length;
  }
}

describe('InspectionQueue', () => {
  const filed: SiteInspection[][] = [];
  const api: InspectionApi = {
    async file(batch) {
      await delay(5);
      filed.push(batch);
      return batch.map((b, i) => `INS-${filed.length}-${i}-${b.siteId}`);
    },
  };
  let queue: InspectionQueue;

  before(() => {
    queue = new InspectionQueue(api);
  });

  after(() => {
    filed.length = 0;
  });

  test('files queued inspections in one batch', async () => {
    const a = queue.submit({ siteId: 'KT-07', storeys: 14, lashingsChecked: 320, inspector: 'Wong' });
    const b = queue.submit({ siteId: 'KT-09', storeys: 9, lashingsChecked: 210, inspector: 'Wong' });
    const [count, idA, idB] = await Promise.all([queue.flush(), a, b]);
    assert.equal(count, 2);
    assert.match(idA, /KT-07$/);
    assert.match(idB, /KT-09$/);
  });

  test('rejects a site with no storeys but still files the valid ones', async () => {
    const filedBefore = filed.length;
    const invalid = queue.submit({ siteId: 'MK-01', storeys: 0, lashingsChecked: 0, inspector: 'Lam' });
    const valid = queue.submit({ siteId: 'MK-02', storeys: 6, lashingsChecked: 140, inspector: 'Lam' });
    const [flushed, validId] = await Promise.all([queue.flush(), valid]);
    assert.equal(flushed, 1);
    assert.equal(filed.length, filedBefore + 1);
    assert.match(validId, /MK-02$/);
    await assert.rejects(invalid, /storeys must be at least 1/);
  });
});
