// expect: none
// Every promise in these tests is awaited, joined with Promise.all, or passed straight to an awaited assert.rejects, so nothing is left floating or unobserved.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface LeafStore {
  take(grams: number): Promise<number>;
  remaining(): number;
}

class FeedingScheduler {
  private readonly log: Array<{ tray: string; grams: number }> = [];

  constructor(
    private readonly store: LeafStore,
    private readonly trays: Map<string, number>,
  ) {}

  async feedTray(trayId: string): Promise<number> {
    const larvae = this.trays.get(trayId);
    if (larvae === undefined) throw new Error(`unknown tray ${trayId}`);
    const grams = Math.ceil(larvae * 0.8);
    const taken = await this.store.take(grams);
    this.log.push({ tray: trayId, grams: taken });
    return taken;
  }

  async feedAll(): Promise<number> {
    const amounts = await Promise.all([...this.trays.keys()].map((id) => this.feedTray(id)));
    return amounts.reduce((a, b) => a + b, 0);
  }

  history(): ReadonlyArray<{ tray: string; grams: number }> {
    return this.log;
  }
}

function memoryLeafStore(initialGrams: number): LeafStore {
  let left = initialGrams;
  return {
    async take(grams: number) {
      await new Promise((r) => setTimeout(r, 1));
      if (grams > left) throw new Error(`only ${left} g of mulberry leaves left`);
      left -= grams;
      return grams;
    },
    remaining: () => left,
  };
}

describe('FeedingScheduler', () => {
  let store: LeafStore;
  let scheduler: FeedingScheduler;

  before(() => {
    store = memoryLeafStore(600);
    scheduler = new FeedingScheduler(store, new Map([['A1', 200], ['A2', 150], ['B1', 90]]));
  });

  after(() => {
    assert.ok(store.remaining() >= 0);
  });

  test('feeds a single tray in proportion to its larvae', async () => {
    assert.equal(await scheduler.feedTray('A1'), 160);
  });

  test('feeds two trays concurrently', async () => {
    const first = scheduler.feedTray('A2');
    const second = scheduler.feedTray('B1');
    const [a, b] = await Promise.all([first, second]);
    assert.deepEqual([a, b], [120, 72]);
  });

  test('rejects unknown trays', async () => {
    await assert.rejects(scheduler.feedTray('Z9'), /unknown tray Z9/);
  });

  test('refuses to overdraw the leaf store', async () => {
    await assert.rejects(scheduler.feedAll(), /mulberry leaves left/);
  });

  test('keeps a feeding history', () => {
    const trays = scheduler.history().map((h) => h.tray);
    assert.deepEqual(trays.slice(0, 3), ['A1', 'A2', 'B1']);
    assert.ok(!trays.slice(3).includes('A2'));
  });
});
