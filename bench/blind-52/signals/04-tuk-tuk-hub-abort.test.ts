// expect: none
// The retry helper rethrows aborts instead of retrying, and every wait in chargeBay is given the caller's signal.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface ChargeStep {
  kwh: number;
  socPct: number;
}

function isAbort(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

async function withRetry<T>(
  attempt: (signal: AbortSignal) => Promise<T>,
  tries: number,
  signal: AbortSignal,
): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await attempt(signal);
    } catch (err) {
      if (isAbort(err) || signal.aborted) {
        throw err;
      }
      lastError = err;
      await sleep(5 * (i + 1), undefined, { signal });
    }
  }
  throw lastError;
}

async function chargeBay(
  startSoc: number,
  targetSoc: number,
  readMeter: (signal: AbortSignal) => Promise<number>,
  options: { signal: AbortSignal },
): Promise<ChargeStep[]> {
  const steps: ChargeStep[] = [];
  let soc = startSoc;
  while (soc < targetSoc) {
    const kwh = await withRetry(readMeter, 3, options.signal);
    soc = Math.min(targetSoc, soc + kwh * 10);
    steps.push({ kwh, socPct: soc });
    await sleep(5, undefined, options);
  }
  return steps;
}

describe('tuk-tuk hub charging with cancellation', () => {
  it('charges to the target when not aborted', async () => {
    const ac = new AbortController();
    const steps = await chargeBay(40, 70, async () => 1, { signal: ac.signal });
    assert.equal(steps.at(-1)?.socPct, 70);
    assert.equal(steps.length, 3);
  });

  it('retries a flaky meter read', async () => {
    let calls = 0;
    const flaky = async () => {
      calls++;
      if (calls === 1) throw new Error('meter busy');
      return 2;
    };
    const steps = await chargeBay(50, 70, flaky, { signal: new AbortController().signal });
    assert.equal(steps.length, 1);
    assert.equal(calls, 2);
  });

  it('stops promptly with an AbortError when the rider unplugs', async () => {
    const ac = new AbortController();
    const slowMeter = (signal: AbortSignal) => sleep(1_000, 0.5, { signal });
    const pending = chargeBay(10, 90, slowMeter, { signal: ac.signal });
    ac.abort();
    await assert.rejects(pending, { name: 'AbortError' });
  });

  it('does not retry after an abort', async () => {
    const ac = new AbortController();
    let calls = 0;
    const meter = async (signal: AbortSignal) => {
      calls++;
      ac.abort();
      signal.throwIfAborted();
      return 1;
    };
    await assert.rejects(chargeBay(10, 90, meter, { signal: ac.signal }), { name: 'AbortError' });
    assert.equal(calls, 1);
  });
});
