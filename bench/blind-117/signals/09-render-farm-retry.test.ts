// expect: none
// The retry helper rethrows as soon as the caller's signal is aborted or the attempt failed with an AbortError, and its backoff sleep also listens to the signal, so cancellation is never retried.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface RetryOptions {
  attempts: number;
  backoffMs: number;
  signal?: AbortSignal;
}

function isAbortError(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

async function withRetry<T>(op: (signal?: AbortSignal) => Promise<T>, { attempts, backoffMs, signal }: RetryOptions): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    signal?.throwIfAborted();
    try {
      return await op(signal);
    } catch (err) {
      if (signal?.aborted || isAbortError(err)) throw err;
      lastError = err;
      if (attempt < attempts) await sleep(backoffMs * attempt, undefined, { signal });
    }
  }
  throw lastError;
}

class RenderFarm {
  submissions = 0;
  failuresBeforeSuccess = 0;

  async submitFrames(shot: string, frames: number[], signal?: AbortSignal): Promise<string> {
    this.submissions++;
    await sleep(5, undefined, { signal });
    if (this.failuresBeforeSuccess > 0) {
      this.failuresBeforeSuccess--;
      throw new Error('farm queue busy');
    }
    return `${shot}:${frames[0]}-${frames[frames.length - 1]}`;
  }
}

describe('withRetry around the render farm', () => {
  let farm: RenderFarm;

  before(() => {
    farm = new RenderFarm();
  });

  after(() => {
    farm.submissions = 0;
  });

  test('retries transient queue errors', async () => {
    farm.failuresBeforeSuccess = 2;
    const before = farm.submissions;
    const job = await withRetry((signal) => farm.submitFrames('sc12_sh040', [1, 2, 3, 4], signal), {
      attempts: 4,
      backoffMs: 1,
    });
    assert.equal(job, 'sc12_sh040:1-4');
    assert.equal(farm.submissions - before, 3);
  });

  test('gives up after the last attempt', async () => {
    farm.failuresBeforeSuccess = 10;
    await assert.rejects(
      withRetry((signal) => farm.submitFrames('sc12_sh050', [1, 2], signal), { attempts: 2, backoffMs: 1 }),
      /farm queue busy/,
    );
    farm.failuresBeforeSuccess = 0;
  });

  test('does not retry once the animator cancels', async () => {
    const controller = new AbortController();
    const before = farm.submissions;
    const pending = withRetry((signal) => farm.submitFrames('sc13_sh010', [1, 2], signal), {
      attempts: 5,
      backoffMs: 50,
      signal: controller.signal,
    });
    controller.abort();
    await assert.rejects(pending, { name: 'AbortError' });
    assert.equal(farm.submissions - before, 1);
  });
});
