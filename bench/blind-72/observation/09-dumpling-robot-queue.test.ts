// expect: none
// Every promise the tests start goes straight into an await, Promise.all or assert.rejects, and the async t.after hook is awaited by the runner.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

type Fold = 'pleated-crescent' | 'pot-sticker' | 'xiaolongbao';

interface FoldJob {
  jobId: string;
  fold: Fold;
  count: number;
}

class FoldingQueue {
  private readonly done: string[] = [];
  private closed = false;
  private active = 0;
  maxActive = 0;

  constructor(private readonly msPerDumpling: number, private readonly wrappersLeft: { count: number }) {}

  async submit(job: FoldJob): Promise<{ jobId: string; folded: number }> {
    if (this.closed) throw new Error('queue closed');
    if (job.count > this.wrappersLeft.count) {
      throw new Error(`not enough wrappers for ${job.jobId}: need ${job.count}, have ${this.wrappersLeft.count}`);
    }
    this.wrappersLeft.count -= job.count;
    this.active++;
    this.maxActive = Math.max(this.maxActive, this.active);
    try {
      const pleats = job.fold === 'xiaolongbao' ? 18 : job.fold === 'pleated-crescent' ? 7 : 5;
      await sleep(this.msPerDumpling * job.count * (pleats / 10));
      this.done.push(job.jobId);
      return { jobId: job.jobId, folded: job.count };
    } finally {
      this.active--;
    }
  }

  completed(): readonly string[] {
    return this.done;
  }

  async close(): Promise<void> {
    this.closed = true;
    while (this.active > 0) {
      await sleep(1);
    }
  }
}

test('folds independent jobs concurrently', async (t) => {
  const queue = new FoldingQueue(1, { count: 100 });
  t.after(() => queue.close());

  const results = await Promise.all([
    queue.submit({ jobId: 'a', fold: 'pot-sticker', count: 10 }),
    queue.submit({ jobId: 'b', fold: 'xiaolongbao', count: 8 }),
    queue.submit({ jobId: 'c', fold: 'pleated-crescent', count: 12 }),
  ]);

  assert.deepEqual(
    results.map((r) => r.folded),
    [10, 8, 12],
  );
  assert.equal(queue.maxActive, 3);
});

test('rejects a job when wrappers run out', async (t) => {
  const queue = new FoldingQueue(1, { count: 15 });
  t.after(() => queue.close());

  await queue.submit({ jobId: 'first', fold: 'pot-sticker', count: 10 });
  await assert.rejects(queue.submit({ jobId: 'second', fold: 'pot-sticker', count: 10 }), /not enough wrappers/);
  assert.deepEqual(queue.completed(), ['first']);
});

test('refuses work after close', async () => {
  const queue = new FoldingQueue(1, { count: 10 });
  await queue.close();
  await assert.rejects(queue.submit({ jobId: 'late', fold: 'xiaolongbao', count: 1 }), { message: 'queue closed' });
});

test('close waits for in-flight folds', async () => {
  const queue = new FoldingQueue(2, { count: 10 });
  const [result] = await Promise.all([queue.submit({ jobId: 'slow', fold: 'xiaolongbao', count: 5 }), queue.close()]);
  assert.equal(result.folded, 5);
  assert.deepEqual(queue.completed(), ['slow']);
});
