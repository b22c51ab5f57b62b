// expect: none
// The rejecting second cycle is wrapped in assert.rejects at creation time and both promises are joined with Promise.all, so neither is left without a handler.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

type Direction = 'up' | 'down';

class LockKeeper {
  private busy = false;
  private readonly cycles: Direction[] = [];

  constructor(private readonly fillMs: number) {}

  get completed(): readonly Direction[] {
    return this.cycles;
  }

  async cycle(direction: Direction): Promise<Direction> {
    if (this.busy) throw new Error(`chamber busy, cannot start ${direction} cycle`);
    this.busy = true;
    try {
      await sleep(this.fillMs);
      this.cycles.push(direction);
      return direction;
    } finally {
      this.busy = false;
    }
  }
}

describe('LockKeeper', () => {
  let keeper: LockKeeper;

  before(() => {
    keeper = new LockKeeper(15);
  });

  after(() => {
    assert.ok(keeper.completed.length >= 2);
  });

  test('completes an upstream cycle', async () => {
    const result = await keeper.cycle('up');
    assert.equal(result, 'up');
  });

  test('refuses to start a second cycle while the chamber is filling', async () => {
    const first = keeper.cycle('down');
    const second = assert.rejects(keeper.cycle('up'), /chamber busy/);
    const [direction] = await Promise.all([first, second]);
    assert.equal(direction, 'down');
  });

  test('accepts a new cycle once the previous one finished', async () => {
    await keeper.cycle('up');
    assert.deepEqual(keeper.completed.slice(-2), ['down', 'up']);
  });
});
