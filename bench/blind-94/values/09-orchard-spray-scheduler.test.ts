// expect: none
// The tests assert on promises on purpose (instanceof Promise, identity of a memoised promise) and await every value they compare.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';

interface SprayWindow { blockId: string; start: Date; product: string }

class SprayScheduler {
  private planning: Promise<SprayWindow[]> | undefined;

  constructor(private readonly forecast: (blockId: string) => Promise<{ rainMm: number; windKph: number }[]>) {}

  plan(blockIds: string[]): Promise<SprayWindow[]> {
    this.planning ??= this.computePlan(blockIds);
    return this.planning;
  }

  reset(): void {
    this.planning = undefined;
  }

  private async computePlan(blockIds: string[]): Promise<SprayWindow[]> {
    const windows: SprayWindow[] = [];
    for (const blockId of blockIds) {
      const hours = await this.forecast(blockId);
      const idx = hours.findIndex((h) => h.rainMm === 0 && h.windKph < 15);
      if (idx >= 0) {
        windows.push({ blockId, start: new Date(Date.UTC(2024, 2, 1, idx)), product: 'copper after pruning cuts' });
      }
    }
    return windows;
  }
}

describe('orchard spray scheduler', () => {
  let forecast: ReturnType<typeof mock.fn<(blockId: string) => Promise<{ rainMm: number; windKph: number }[]>>>;
  let scheduler: SprayScheduler;

  beforeEach(() => {
    forecast = mock.fn(async (blockId: string) =>
      blockId === 'wet-block'
        ? [{ rainMm: 3, windKph: 5 }]
        : [{ rainMm: 1, windKph: 5 }, { rainMm: 0, windKph: 20 }, { rainMm: 0, windKph: 8 }],
    );
    scheduler = new SprayScheduler(forecast);
  });

  afterEach(() => {
    scheduler.reset();
    mock.restoreAll();
  });

  it('returns a promise immediately and resolves to a window', async () => {
    const pending = scheduler.plan(['pear-3']);
    assert.ok(pending instanceof Promise);
    const windows = await pending;
    assert.equal(windows.length, 1);
    assert.equal(windows[0].start.getUTCHours(), 2);
  });

  it('memoises the plan while it is being computed', async () => {
    const first = scheduler.plan(['pear-3', 'apple-1']);
    const second = scheduler.plan(['pear-3', 'apple-1']);
    assert.strictEqual(first, second);
    assert.deepEqual(await first, await second);
    assert.equal(forecast.mock.callCount(), 2);
  });

  it('skips blocks with rain all day', async () => {
    const windows = await scheduler.plan(['wet-block']);
    assert.deepEqual(windows, []);
  });

  it('recomputes after a reset', async () => {
    await scheduler.plan(['pear-3']);
    scheduler.reset();
    const again = await scheduler.plan(['apple-1']);
    assert.equal(again[0]?.blockId, 'apple-1');
    assert.equal(forecast.mock.callCount(), 2);
  });
});
