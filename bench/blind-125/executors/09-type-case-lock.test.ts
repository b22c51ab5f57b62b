// expect: none
// Each waiter's withResolvers deferred is removed from the queue before it is resolved or rejected, so every deferred settles exactly once.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface Waiter {
  holder: string;
  resolve: (release: () => void) => void;
  reject: (err: Error) => void;
}

class TypeCaseLock {
  private held: string | undefined;
  private readonly queue: Waiter[] = [];

  constructor(readonly caseId: string) {}

  get holder(): string | undefined {
    return this.held;
  }

  acquire(holder: string): Promise<() => void> {
    if (this.held === undefined) {
      this.held = holder;
      return Promise.resolve(this.releaser(holder));
    }
    const { promise, resolve, reject } = Promise.withResolvers<() => void>();
    this.queue.push({ holder, resolve, reject });
    return promise;
  }

  /** Rejects everyone still waiting, e.g. when the case is sent for cleaning. */
  drain(reason: string): void {
    const waiting = this.queue.splice(0);
    for (const w of waiting) {
      w.reject(new Error(`${this.caseId} withdrawn: ${reason}`));
    }
  }

  private releaser(holder: string): () => void {
    let released = false;
    return () => {
      if (released || this.held !== holder) return;
      released = true;
      const next = this.queue.shift();
      this.held = next?.holder;
      if (next) next.resolve(this.releaser(next.holder));
    };
  }
}

describe('TypeCaseLock', () => {
  let lock: TypeCaseLock;

  before(() => {
    lock = new TypeCaseLock('caslon-12pt-roman');
  });

  after(() => {
    lock.drain('suite finished');
  });

  test('grants the case immediately when free', async () => {
    const release = await lock.acquire('compositor-ann');
    assert.equal(lock.holder, 'compositor-ann');
    release();
    assert.equal(lock.holder, undefined);
  });

  test('hands the case over in arrival order', async () => {
    const order: string[] = [];
    const releaseA = await lock.acquire('a');
    const b = lock.acquire('b').then((rel) => { order.push('b'); return rel; });
    const c = lock.acquire('c').then((rel) => { order.push('c'); return rel; });
    releaseA();
    const releaseB = await b;
    releaseB();
    releaseB();
    const releaseC = await c;
    assert.deepEqual(order, ['b', 'c']);
    releaseC();
  });

  test('drain rejects queued compositors', async () => {
    const release = await lock.acquire('x');
    const waiting = lock.acquire('y');
    lock.drain('distribution day');
    await assert.rejects(waiting, /withdrawn: distribution day/);
    release();
    assert.equal(lock.holder, undefined);
  });
});
