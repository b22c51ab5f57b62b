// expect: none
// Each assertion awaits the async weight lookups first, so the tests compare numbers and booleans rather than pending promises.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface WeightStore {
  latest(bird: string): Promise<number | undefined>;
  put(bird: string, grams: number): Promise<void>;
}

class MemoryWeightStore implements WeightStore {
  private readonly data = new Map<string, number>();
  async latest(bird: string): Promise<number | undefined> {
    return this.data.get(bird);
  }
  async put(bird: string, grams: number): Promise<void> {
    this.data.set(bird, grams);
  }
}

class HoodWeightTracker {
  constructor(private readonly store: WeightStore, private readonly flyingWeights: Record<string, number>) {}

  async weightOf(bird: string): Promise<number> {
    const grams = await this.store.latest(bird);
    if (grams === undefined) throw new Error(`${bird} has not been weighed`);
    return grams;
  }

  async readyToFly(bird: string): Promise<boolean> {
    const grams = await this.weightOf(bird);
    const target = this.flyingWeights[bird];
    return target !== undefined && Math.abs(grams - target) <= target * 0.03;
  }
}

describe('HoodWeightTracker', () => {
  let store: MemoryWeightStore;
  let tracker: HoodWeightTracker;

  before(async () => {
    store = new MemoryWeightStore();
    tracker = new HoodWeightTracker(store, { 'lanner-rua': 560, 'sakret-finn': 980 });
    await store.put('lanner-rua', 562);
    await store.put('sakret-finn', 1_060);
  });

  after(() => {
    store = new MemoryWeightStore();
  });

  test('reports the latest weight', async () => {
    assert.equal(await tracker.weightOf('lanner-rua'), 562);
  });

  test('a bird within 3% of flying weight is ready', async () => {
    assert.equal(await tracker.readyToFly('lanner-rua'), true);
  });

  test('a heavy bird is kept in the mews', async () => {
    assert.equal(await tracker.readyToFly('sakret-finn'), false);
  });

  test('an unweighed bird is an error', async () => {
    await assert.rejects(tracker.weightOf('gyr-nell'), /not been weighed/);
  });
});
