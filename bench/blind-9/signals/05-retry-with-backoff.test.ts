// expect: none
// The retry helper sleeps with the caller's signal and rethrows once the signal is aborted, so cancelling mid-back-off rejects promptly with the AbortError instead of retrying or waiting out the delay.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface RetryOptions {
  attempts: number;
  baseDelayMs: number;
  signal?: AbortSignal;
  isRetryable?: (err: unknown) => boolean;
}

export async function retry<T>(op: (signal?: AbortSignal) => Promise<T>, opts: RetryOptions): Promise<T> {
  const { attempts, baseDelayMs, signal, isRetryable = () => true } = opts;
  let lastErr: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    signal?.throwIfAborted();
    try {
      return await op(signal);
    } catch (err) {
      if (signal?.aborted || !isRetryable(err)) throw err;
      lastErr = err;
    }
    if (attempt < attempts - 1) {
      await sleep(baseDelayMs * 2 ** attempt, undefined, { signal });
    }
  }
  throw lastErr;
}

describe('retry', () => {
  it('returns the first successful result', async () => {
    let calls = 0;
    const value = await retry(
      async () => {
        calls++;
        if (calls < 3) throw new Error('ECONNRESET');
        return 'ok';
      },
      { attempts: 5, baseDelayMs: 1 },
    );
    assert.equal(value, 'ok');
    assert.equal(calls, 3);
  });

  it('stops retrying as soon as the signal aborts during back-off', async () => {
    const ac = new AbortController();
    let calls = 0;
    const started = Date.now();
    setTimeout(() => ac.abort(), 20);
    const pending = retry(
      async () => {
        calls++;
        throw new Error('503');
      },
      { attempts: 4, baseDelayMs: 10_000, signal: ac.signal },
    );

    await assert.rejects(pending, { name: 'AbortError' });
    assert.equal(calls, 1);
    assert.ok(Date.now() - started < 1_000);
  });

  it('does not retry errors that are not retryable', async () => {
    let calls = 0;
    await assert.rejects(
      retry(
        async () => {
          calls++;
          throw new TypeError('bad input');
        },
        { attempts: 3, baseDelayMs: 1, isRetryable: (e) => !(e instanceof TypeError) },
      ),
      TypeError,
    );
    assert.equal(calls, 1);
  });
});
