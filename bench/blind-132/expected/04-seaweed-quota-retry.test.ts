// expect: none
// withRetry receives a factory and calls it afresh on every attempt, so each retry issues a new request instead of re-awaiting the failed one.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

class TransientError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TransientError';
  }
}

interface RetryOptions {
  attempts: number;
  delayMs: number;
  onRetry?: (attempt: number, err: unknown) => void;
}

async function withRetry<T>(operation: () => Promise<T>, opts: RetryOptions): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= opts.attempts; attempt++) {
    try {
      return await operation();
    } catch (err) {
      lastError = err;
      if (!(err instanceof TransientError) || attempt === opts.attempts) break;
      opts.onRetry?.(attempt, err);
      await sleep(opts.delayMs * attempt);
    }
  }
  throw lastError;
}

interface QuotaRegistry {
  reserve(licence: string, tonnes: number): Promise<{ reservationId: string }>;
}

function flakyRegistry(failures: number, permanent = false): QuotaRegistry & { calls: number } {
  const registry = {
    calls: 0,
    async reserve(licence: string, tonnes: number) {
      registry.calls++;
      if (registry.calls <= failures) {
        throw permanent ? new Error('licence revoked') : new TransientError('registry busy');
      }
      return { reservationId: `${licence}-${tonnes}-${registry.calls}` };
    },
  };
  return registry;
}

describe('withRetry for kelp quota reservations', () => {
  let retries: number[];

  before(() => {
    retries = [];
  });

  after(() => {
    retries.length = 0;
  });

  test('retries transient failures with a fresh request each time', async () => {
    const registry = flakyRegistry(2);
    const result = await withRetry(() => registry.reserve('SW-114', 3.5), {
      attempts: 4,
      delayMs: 1,
      onRetry: (attempt) => retries.push(attempt),
    });
    assert.equal(result.reservationId, 'SW-114-3.5-3');
    assert.equal(registry.calls, 3);
    assert.deepEqual(retries, [1, 2]);
  });

  test('does not retry permanent failures', async () => {
    const registry = flakyRegistry(1, true);
    await assert.rejects(
      withRetry(() => registry.reserve('SW-200', 1), { attempts: 3, delayMs: 1 }),
      /licence revoked/,
    );
    assert.equal(registry.calls, 1);
  });

  test('gives up after the configured attempts', async () => {
    const registry = flakyRegistry(10);
    await assert.rejects(
      withRetry(() => registry.reserve('SW-301', 2), { attempts: 3, delayMs: 1 }),
      { name: 'TransientError' },
    );
    assert.equal(registry.calls, 3);
  });
});
