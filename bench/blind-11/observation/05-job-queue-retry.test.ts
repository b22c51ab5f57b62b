// expect: none
// Every assert.rejects is awaited and the jobs are enqueued in a for...of loop with await, so all rejections are observed by the test.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

type Handler<T> = (payload: T, attempt: number) => Promise<void>;

class RetryQueue<T> {
  private readonly handlers = new Map<string, Handler<T>>();
  readonly deadLetters: Array<{ name: string; payload: T; error: unknown }> = [];

  constructor(
    private readonly maxAttempts: number,
    private readonly backoffMs = 0,
  ) {}

  register(name: string, handler: Handler<T>): void {
    this.handlers.set(name, handler);
  }

  async enqueue(name: string, payload: T): Promise<number> {
    const handler = this.handlers.get(name);
    if (!handler) throw new Error(`no handler registered for ${name}`);
    let lastError: unknown;
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      try {
        await handler(payload, attempt);
        return attempt;
      } catch (err) {
        lastError = err;
        if (this.backoffMs > 0) await new Promise((r) => setTimeout(r, this.backoffMs * attempt));
      }
    }
    this.deadLetters.push({ name, payload, error: lastError });
    throw new Error(`job ${name} failed after ${this.maxAttempts} attempts`, { cause: lastError });
  }
}

describe('RetryQueue', () => {
  let queue: RetryQueue<{ orderId: string }>;

  beforeEach(() => {
    queue = new RetryQueue(3);
  });

  it('succeeds on a later attempt', async () => {
    queue.register('invoice', async (_p, attempt) => {
      if (attempt < 2) throw new Error('transient');
    });
    const attempts = await queue.enqueue('invoice', { orderId: 'o-1' });
    assert.equal(attempts, 2);
  });

  it('rejects unknown job names', async () => {
    await assert.rejects(queue.enqueue('nope', { orderId: 'o-2' }), /no handler registered/);
  });

  it('dead-letters after exhausting attempts', async () => {
    queue.register('ship', async () => {
      throw new Error('carrier down');
    });
    await assert.rejects(() => queue.enqueue('ship', { orderId: 'o-3' }), /failed after 3 attempts/);
    assert.equal(queue.deadLetters.length, 1);
    assert.equal(queue.deadLetters[0].payload.orderId, 'o-3');
  });

  it('processes a batch in order', async () => {
    const seen: string[] = [];
    queue.register('email', async (p) => {
      seen.push(p.orderId);
    });
    for (const orderId of ['a', 'b', 'c']) {
      await queue.enqueue('email', { orderId });
    }
    assert.deepEqual(seen, ['a', 'b', 'c']);
  });
});
