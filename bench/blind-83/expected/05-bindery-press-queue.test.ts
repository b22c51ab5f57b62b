// expect: no-reused-settled-promise
// The waitUntil predicate awaits the one countPressed() promise started before polling, so every poll sees the first count and the test can never observe progress.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface BindingJob {
  id: string;
  signatures: number;
  stitch: 'kettle' | 'coptic' | 'long';
}

declare const bindery: {
  start(): Promise<void>;
  stop(): Promise<void>;
  submit(job: BindingJob): Promise<string>;
  countPressed(jobId: string): Promise<number>;
  jobState(jobId: string): Promise<'queued' | 'sewing' | 'pressing' | 'done'>;
};

async function waitUntil(
  predicate: () => Promise<boolean>,
  { timeoutMs = 2_000, intervalMs = 25 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await predicate()) return;
    await sleep(intervalMs);
  }
  throw new Error(`condition not met within ${timeoutMs}ms`);
}

function job(id: string, signatures: number, stitch: BindingJob['stitch'] = 'kettle'): BindingJob {
  return { id, signatures, stitch };
}

describe('bindery press queue', () => {
  before(async () => {
    await bindery.start();
  });

  after(async () => {
    await bindery.stop();
  });

  it('accepts a job and reports it queued', async () => {
    const jobId = await bindery.submit(job('ledger-1', 4));
    assert.equal(await bindery.jobState(jobId), 'queued');
  });

  it('presses every signature of a coptic binding', async () => {
    const jobId = await bindery.submit(job('sketchbook-7', 12, 'coptic'));
    const pressed = bindery.countPressed(jobId);
    await waitUntil(async () => (await pressed) >= 12, { timeoutMs: 3_000 });
    assert.equal(await bindery.jobState(jobId), 'done');
  });

  it('moves a job through sewing before pressing', async () => {
    const jobId = await bindery.submit(job('journal-3', 6, 'long'));
    const seen = new Set<string>();
    await waitUntil(async () => {
      const state = await bindery.jobState(jobId);
      seen.add(state);
      return state === 'done';
    });
    assert.ok(seen.has('done'));
    assert.ok(!seen.has('queued') || seen.size > 1);
  });

  it('rejects a job with no signatures', async () => {
    await assert.rejects(bindery.submit(job('empty', 0)), /signatures/);
  });
});
