// expect: none
// The stored hold promises get their handlers (assert.rejects / await / Promise.allSettled) in the same synchronous run as mock.timers.tick, before any microtask runs, so no rejection is ever unobserved.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';

class HoldExpiredError extends Error {
  constructor(readonly tourId: string, readonly seat: string) {
    super(`hold on ${tourId}/${seat} expired`);
    this.name = 'HoldExpiredError';
  }
}

interface Hold {
  timer: ReturnType<typeof setTimeout>;
  resolve: () => void;
  reject: (err: Error) => void;
}

class SeatHolds {
  private holds = new Map<string, Hold>();

  hold(tourId: string, seat: string, ttlMs: number): Promise<void> {
    const key = `${tourId}/${seat}`;
    if (this.holds.has(key)) return Promise.reject(new Error(`${key} is already held`));
    const { promise, resolve, reject } = Promise.withResolvers<void>();
    const timer = setTimeout(() => {
      this.holds.delete(key);
      reject(new HoldExpiredError(tourId, seat));
    }, ttlMs);
    this.holds.set(key, { timer, resolve, reject });
    return promise;
  }

  confirm(tourId: string, seat: string): boolean {
    const key = `${tourId}/${seat}`;
    const hold = this.holds.get(key);
    if (!hold) return false;
    clearTimeout(hold.timer);
    this.holds.delete(key);
    hold.resolve();
    return true;
  }

  get size(): number {
    return this.holds.size;
  }
}

describe('dune buggy seat holds', () => {
  let holds: SeatHolds;

  beforeEach(() => {
    mock.timers.enable({ apis: ['setTimeout'] });
    holds = new SeatHolds();
  });

  afterEach(() => {
    mock.timers.reset();
  });

  it('expires an unconfirmed hold after the ttl', async () => {
    const held = holds.hold('sunset-ridge', 'B3', 10 * 60_000);
    mock.timers.tick(10 * 60_000);
    await assert.rejects(held, HoldExpiredError);
    assert.equal(holds.size, 0);
  });

  it('resolves when the seat is confirmed in time', async () => {
    const held = holds.hold('sunset-ridge', 'B4', 10 * 60_000);
    mock.timers.tick(9 * 60_000);
    assert.equal(holds.confirm('sunset-ridge', 'B4'), true);
    await held;
    assert.equal(holds.size, 0);
  });

  it('refuses a second hold on the same seat', async () => {
    const first = holds.hold('canyon-run', 'A1', 60_000);
    await assert.rejects(holds.hold('canyon-run', 'A1', 60_000), /already held/);
    holds.confirm('canyon-run', 'A1');
    await first;
  });

  it('settles each hold independently', async () => {
    const front = holds.hold('canyon-run', 'A1', 60_000);
    const back = holds.hold('canyon-run', 'C2', 60_000);
    holds.confirm('canyon-run', 'A1');
    mock.timers.tick(60_000);

    const results = await Promise.allSettled([front, back]);

    assert.deepEqual(
      results.map((r) => r.status),
      ['fulfilled', 'rejected'],
    );
    const rejected = results[1];
    assert.ok(rejected.status === 'rejected' && rejected.reason instanceof HoldExpiredError);
  });
});
