// expect: none
// Correct: the monitor hands its signal to timers/promises and rethrows the abort; the tests assert the AbortError rather than swallowing it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface GravityReading {
  tankId: string;
  sg: number;
  tempC: number;
}

type Hydrometer = (tankId: string, signal: AbortSignal) => Promise<GravityReading>;

async function waitForDryness(
  tankId: string,
  read: Hydrometer,
  { targetSg = 1.0, intervalMs = 10, signal }: { targetSg?: number; intervalMs?: number; signal: AbortSignal },
): Promise<GravityReading[]> {
  const history: GravityReading[] = [];
  for (;;) {
    signal.throwIfAborted();
    const reading = await read(tankId, signal);
    history.push(reading);
    if (reading.sg <= targetSg) return history;
    await sleep(intervalMs, undefined, { signal });
  }
}

function fakeHydrometer(series: number[]): Hydrometer {
  let i = 0;
  return async (tankId, signal) => {
    signal.throwIfAborted();
    const sg = series[Math.min(i++, series.length - 1)];
    return { tankId, sg, tempC: 14 };
  };
}

describe('fermentation monitor for the keeving tanks', () => {
  it('stops once the cider reaches the target gravity', async () => {
    const history = await waitForDryness('tank-3', fakeHydrometer([1.045, 1.02, 1.004, 0.998]), {
      signal: new AbortController().signal,
    });
    assert.deepEqual(history.map((h) => h.sg), [1.045, 1.02, 1.004, 0.998]);
  });

  it('honours a sweeter target for a keeved cider', async () => {
    const history = await waitForDryness('tank-1', fakeHydrometer([1.03, 1.018, 1.012]), {
      targetSg: 1.015,
      signal: new AbortController().signal,
    });
    assert.equal(history.at(-1)?.sg, 1.012);
  });

  it('rejects with AbortError when the cellar hand cancels mid-wait', async () => {
    const controller = new AbortController();
    const stuck = waitForDryness('tank-7', fakeHydrometer([1.05]), {
      intervalMs: 1_000,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 20);
    await assert.rejects(stuck, { name: 'AbortError' });
  });

  it('does not read at all if already aborted', async () => {
    let reads = 0;
    const counting: Hydrometer = async (tankId, signal) => {
      reads += 1;
      return fakeHydrometer([1.0])(tankId, signal);
    };
    await assert.rejects(
      waitForDryness('tank-2', counting, { signal: AbortSignal.abort() }),
      { name: 'AbortError' },
    );
    assert.equal(reads, 0);
  });
});
