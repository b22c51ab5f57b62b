// expect: none
// waitForStableGravity passes the signal to every timers/promises sleep, and the tests abort through a controller that the helper honours.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface GravityReading {
  tankId: string;
  specificGravity: number;
  tempC: number;
}

type ReadGravity = (tankId: string, signal: AbortSignal) => Promise<GravityReading>;

interface StableOptions {
  signal: AbortSignal;
  intervalMs: number;
  window: number;
  tolerance: number;
}

// Fermentation is considered finished when the last `window` readings agree.
async function waitForStableGravity(
  tankId: string,
  read: ReadGravity,
  { signal, intervalMs, window, tolerance }: StableOptions,
): Promise<number> {
  const history: number[] = [];
  for (;;) {
    const reading = await read(tankId, signal);
    history.push(reading.specificGravity);
    if (history.length > window) history.shift();
    if (history.length === window) {
      const spread = Math.max(...history) - Math.min(...history);
      if (spread <= tolerance) return history[history.length - 1];
    }
    await sleep(intervalMs, undefined, { signal });
  }
}

function scriptedSensor(values: number[]): ReadGravity {
  let i = 0;
  return async (tankId, signal) => {
    signal.throwIfAborted();
    const sg = values[Math.min(i++, values.length - 1)];
    return { tankId, specificGravity: sg, tempC: 19.5 };
  };
}

describe('waitForStableGravity', () => {
  it('resolves once readings settle inside the tolerance', async () => {
    const read = scriptedSensor([1.052, 1.031, 1.014, 1.0121, 1.012, 1.0119]);
    const controller = new AbortController();
    const sg = await waitForStableGravity('FV-3', read, {
      signal: controller.signal,
      intervalMs: 1,
      window: 3,
      tolerance: 0.0005,
    });
    assert.equal(sg, 1.0119);
  });

  it('stops polling when the brewer cancels the watch', async () => {
    const read = scriptedSensor([1.05, 1.04, 1.03, 1.02, 1.01]);
    const controller = new AbortController();
    const pending = waitForStableGravity('FV-7', read, {
      signal: controller.signal,
      intervalMs: 10_000,
      window: 3,
      tolerance: 0.0001,
    });
    setTimeout(() => controller.abort(), 5);
    await assert.rejects(pending, { name: 'AbortError' });
  });

  it('never starts reading if the signal is already aborted', async () => {
    let calls = 0;
    const read: ReadGravity = async (tankId, signal) => {
      calls++;
      signal.throwIfAborted();
      return { tankId, specificGravity: 1.01, tempC: 20 };
    };
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(waitForStableGravity('FV-1', read, { signal: controller.signal, intervalMs: 1, window: 2, tolerance: 0 }));
    assert.equal(calls, 1);
  });
});
