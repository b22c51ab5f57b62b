// expect: none
// The test itself aborts the poller and then asserts that the generator surfaced an AbortError; catching it here is the verification of cancellation, not a swallow.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

type Status = { state: 'queued' | 'running' | 'done' | 'failed'; progress: number };

async function* pollJobStatus(
  load: (signal: AbortSignal) => Promise<Status>,
  { intervalMs, signal }: { intervalMs: number; signal: AbortSignal },
): AsyncGenerator<Status> {
  for (;;) {
    const status = await load(signal);
    yield status;
    if (status.state === 'done' || status.state === 'failed') return;
    await sleep(intervalMs, undefined, { signal });
  }
}

describe('pollJobStatus', () => {
  it('stops with the done status', async (t) => {
    const states: Status[] = [
      { state: 'queued', progress: 0 },
      { state: 'running', progress: 50 },
      { state: 'done', progress: 100 },
    ];
    const seen: string[] = [];
    for await (const s of pollJobStatus(async () => states.shift()!, { intervalMs: 1, signal: t.signal })) {
      seen.push(s.state);
    }
    assert.deepEqual(seen, ['queued', 'running', 'done']);
  });

  it('rejects with AbortError once the caller aborts mid-poll', async () => {
    const controller = new AbortController();
    let calls = 0;
    const load = async (signal: AbortSignal): Promise<Status> => {
      signal.throwIfAborted();
      calls++;
      return { state: 'running', progress: calls * 10 };
    };

    const seen: number[] = [];
    let caught: unknown;
    try {
      for await (const s of pollJobStatus(load, { intervalMs: 5, signal: controller.signal })) {
        seen.push(s.progress);
        if (seen.length === 2) controller.abort();
      }
    } catch (err) {
      caught = err;
    }

    assert.ok(caught instanceof Error, 'poller should reject after abort');
    assert.equal(caught.name, 'AbortError');
    assert.deepEqual(seen, [10, 20]);
    assert.equal(calls, 2);
  });
});
