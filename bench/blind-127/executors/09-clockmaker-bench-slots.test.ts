// expect: no-multiple-settle
// When acquire times out its waiter is left in the queue, so a later release resolves that already-rejected deferred and the bench slot is silently lost.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

class BenchSlotTimeout extends Error {
  constructor(readonly waitedMs: number) {
    super(`no repair bench became free within ${waitedMs}ms`);
    this.name = 'BenchSlotTimeout';
  }
}

interface Waiter {
  resolve: (release: () => void) => void;
  reject: (err: Error) => void;
}

class RepairBench {
  private free: number;
  private readonly waiters: Waiter[] = [];

  constructor(readonly slots: number) {
    this.free = slots;
  }

  acquire(timeoutMs: number): Promise<() => void> {
    if (this.free > 0) {
      this.free--;
      return Promise.resolve(this.releaser());
    }
    const { promise, resolve, reject } = Promise.withResolvers<() => void>();
    const timer = setTimeout(() => reject(new BenchSlotTimeout(timeoutMs)), timeoutMs);
    this.waiters.push({
      resolve: (release) => {
        clearTimeout(timer);
        resolve(release);
      },
      reject: (err) => {
        clearTimeout(timer);
        reject(err);
      },
    });
    return promise;
  }

  close(): void {
    for (const waiter of this.waiters.splice(0)) {
      waiter.reject(new Error('repair bench closed'));
    }
  }

  get waiting(): number {
    return this.waiters.length;
  }

  get available(): number {
    return this.free;
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiters.shift();
      if (next) next.resolve(this.releaser());
      else this.free++;
    };
  }
}

describe('RepairBench', () => {
  let shared: RepairBench;

  before(() => {
    shared = new RepairBench(2);
  });

  after(() => {
    shared.close();
  });

  test('hands out slots immediately while benches are free', async () => {
    const releaseA = await shared.acquire(50);
    const releaseB = await shared.acquire(50);
    assert.equal(shared.available, 0);
    releaseA();
    releaseB();
    assert.equal(shared.available, 2);
  });

  test('passes a released slot straight to the next waiting repair', async () => {
    const bench = new RepairBench(1);
    const releaseFirst = await bench.acquire(100);
    const second = bench.acquire(1_000);
    assert.equal(bench.waiting, 1);

    releaseFirst();
    const releaseSecond = await second;
    assert.equal(bench.available, 0);

    releaseSecond();
    assert.equal(bench.available, 1);
  });

  test('releasing twice does not create an extra slot', async () => {
    const bench = new RepairBench(1);
    const release = await bench.acquire(100);
    release();
    release();
    assert.equal(bench.available, 1);
  });

  test('gives up when no bench frees in time', async () => {
    const bench = new RepairBench(1);
    const release = await bench.acquire(100);
    await assert.rejects(bench.acquire(20), BenchSlotTimeout);
    release();
  });
});
