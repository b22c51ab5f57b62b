// expect: no-promise-as-value
// The "aged wheel is ripe" test passes the un-awaited isRipe promise to assert.ok, which is always truthy, so the assertion can never fail.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface WheelRecord {
  id: string;
  style: 'tomme' | 'cheddar' | 'gruyere';
  madeOn: string;
}

interface WheelStore {
  get(id: string): Promise<WheelRecord | undefined>;
}

const MIN_AGE_DAYS: Record<WheelRecord['style'], number> = {
  tomme: 60,
  cheddar: 270,
  gruyere: 150,
};

class RipenessTracker {
  constructor(
    private readonly store: WheelStore,
    private readonly today: () => Date,
  ) {}

  async daysRemaining(id: string): Promise<number> {
    const wheel = await this.store.get(id);
    if (!wheel) throw new Error(`unknown wheel ${id}`);
    const ageDays = Math.floor((this.today().getTime() - Date.parse(wheel.madeOn)) / 86_400_000);
    return Math.max(MIN_AGE_DAYS[wheel.style] - ageDays, 0);
  }

  async isRipe(id: string): Promise<boolean> {
    return (await this.daysRemaining(id)) === 0;
  }
}

describe('RipenessTracker', () => {
  const wheels = new Map<string, WheelRecord>();
  let tracker: RipenessTracker;

  before(() => {
    wheels.set('w1', { id: 'w1', style: 'tomme', madeOn: '2024-05-01' });
    wheels.set('w7', { id: 'w7', style: 'gruyere', madeOn: '2023-11-20' });
    wheels.set('w9', { id: 'w9', style: 'cheddar', madeOn: '2024-03-15' });
    tracker = new RipenessTracker({ get: async (id) => wheels.get(id) }, () => new Date('2024-06-01T08:00:00Z'));
  });

  after(() => {
    wheels.clear();
  });

  test('young tomme still has a month to go', async () => {
    assert.equal(await tracker.daysRemaining('w1'), 29);
    assert.equal(await tracker.isRipe('w1'), false);
  });

  test('aged gruyere is ripe', async () => {
    assert.ok(tracker.isRipe('w7'));
    assert.equal(await tracker.daysRemaining('w7'), 0);
  });

  test('cheddar needs the full nine months', async () => {
    assert.equal(await tracker.daysRemaining('w9'), 192);
  });

  test('unknown wheels are reported', async () => {
    await assert.rejects(tracker.daysRemaining('w404'), /unknown wheel w404/);
  });
});
