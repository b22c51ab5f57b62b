// expect: none
// Every queue result is awaited before it is asserted on, and the rejection check hands the promise to assert.rejects, which awaits it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

type JobStatus = 'queued' | 'running' | 'done' | 'failed';

interface Job<P> {
  id: number;
  payload: P;
  status: JobStatus;
  attempts: number;
}

class JobQueue<P> {
  private seq = 0;
  private readonly jobs = new Map<number, Job<P>>();

  constructor(
    private readonly worker: (payload: P) => Promise<void>,
    private readonly maxAttempts = 3,
  ) {}

  async enqueue(payload: P): Promise<Job<P>> {
    if (payload == null) throw new TypeError('payload is required');
    const job: Job<P> = { id: ++this.seq, payload, status: 'queued', attempts: 0 };
    this.jobs.set(job.id, job);
    return { ...job };
  }

  async runNext(): Promise<Job<P> | undefined> {
    const job = [...this.jobs.values()].find((j) => j.status === 'queued');
    if (!job) return undefined;
    job.status = 'running';
    job.attempts++;
    try {
      await this.worker(job.payload);
      job.status = 'done';
    } catch {
      job.status = job.attempts >= this.maxAttempts ? 'failed' : 'queued';
    }
    return { ...job };
  }
}

test('enqueue returns a queued job with an id', async () => {
  const queue = new JobQueue<{ to: string }>(async () => {});
  const job = await queue.enqueue({ to: 'a@example.com' });
  assert.equal(job.status, 'queued');
  assert.equal(job.id, 1);
});

test('enqueue rejects a missing payload', async () => {
  const queue = new JobQueue<{ to: string } | null>(async () => {});
  await assert.rejects(queue.enqueue(null), TypeError);
});

test('runNext processes jobs in order', async () => {
  const seen: string[] = [];
  const queue = new JobQueue<string>(async (p) => {
    await sleep(5);
    seen.push(p);
  });
  await queue.enqueue('first');
  await queue.enqueue('second');
  const a = await queue.runNext();
  const b = await queue.runNext();
  assert.deepEqual(seen, ['first', 'second']);
  assert.equal(a?.status, 'done');
  assert.equal(b?.status, 'done');
  assert.equal(await queue.runNext(), undefined);
});

test('failing jobs are retried until maxAttempts', async () => {
  let calls = 0;
  const queue = new JobQueue<string>(async () => {
    calls++;
    throw new Error('smtp unavailable');
  }, 2);
  await queue.enqueue('x');
  const first = await queue.runNext();
  assert.equal(first?.status, 'queued');
  const second = await queue.runNext();
  assert.equal(second?.status, 'failed');
  assert.equal(calls, 2);
});
