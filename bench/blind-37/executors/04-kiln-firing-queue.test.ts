// expect: none
// Each stored deferred is settled exactly once, from a single try/catch around the firing, and the queue tail never rejects.
import { test } from 'node:test';
import assert from 'node:assert/strict';

interface FiringJob {
  id: string;
  member: string;
  cone: number;
  pieces: number;
}

interface FiringOutcome {
  id: string;
  peakC: number;
  status: 'fired' | 'underfired';
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (reason: unknown) => void;
}

function createDeferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

class KilnQueue {
  private tail: Promise<void> = Promise.resolve();
  private readonly waiting = new Map<string, Deferred<FiringOutcome>>();

  constructor(private readonly fire: (job: FiringJob) => Promise<FiringOutcome>) {}

  submit(job: FiringJob): Promise<FiringOutcome> {
    if (this.waiting.has(job.id)) {
      return Promise.reject(new Error(`job ${job.id} is already queued`));
    }
    const deferred = createDeferred<FiringOutcome>();
    this.waiting.set(job.id, deferred);
    this.tail = this.tail.then(async () => {
      try {
        deferred.resolve(await this.fire(job));
      } catch (err) {
        deferred.reject(err);
      } finally {
        this.waiting.delete(job.id);
      }
    });
    return deferred.promise;
  }

  get pending(): number {
    return this.waiting.size;
  }

  async drain(): Promise<void> {
    await this.tail;
  }
}

function fakeKiln(log: string[]): (job: FiringJob) => Promise<FiringOutcome> {
  return async (job) => {
    log.push(`start:${job.id}`);
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (job.cone > 10) {
      throw new Error(`cone ${job.cone} exceeds kiln rating`);
    }
    log.push(`end:${job.id}`);
    return { id: job.id, peakC: 1000 + job.cone * 20, status: job.pieces > 40 ? 'underfired' : 'fired' };
  };
}

test('fires jobs one at a time in submission order', async () => {
  const log: string[] = [];
  const queue = new KilnQueue(fakeKiln(log));
  const [first, second] = await Promise.all([
    queue.submit({ id: 'bisque-1', member: 'ana', cone: 4, pieces: 12 }),
    queue.submit({ id: 'glaze-7', member: 'bo', cone: 6, pieces: 50 }),
  ]);
  assert.deepEqual(log, ['start:bisque-1', 'end:bisque-1', 'start:glaze-7', 'end:glaze-7']);
  assert.equal(first.status, 'fired');
  assert.equal(second.status, 'underfired');
  assert.equal(queue.pending, 0);
});

test('a failed firing rejects only its own job', async () => {
  const queue = new KilnQueue(fakeKiln([]));
  const results = await Promise.allSettled([
    queue.submit({ id: 'stoneware-2', member: 'cy', cone: 12, pieces: 3 }),
    queue.submit({ id: 'raku-1', member: 'di', cone: 6, pieces: 5 }),
  ]);
  assert.equal(results[0].status, 'rejected');
  assert.equal(results[1].status, 'fulfilled');
  await queue.drain();
});

test('refuses a duplicate job id while it is waiting', async () => {
  const queue = new KilnQueue(fakeKiln([]));
  const original = queue.submit({ id: 'tile-3', member: 'ed', cone: 5, pieces: 20 });
  const duplicate = queue.submit({ id: 'tile-3', member: 'ed', cone: 5, pieces: 20 });
  const [outcome] = await Promise.all([original, assert.rejects(duplicate, /already queued/)]);
  assert.equal(outcome.id, 'tile-3');
});
