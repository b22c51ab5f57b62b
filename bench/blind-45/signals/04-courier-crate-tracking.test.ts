// expect: none
// followCrate catches errors to tolerate GPS dropouts but rethrows AbortError first, and the tests assert that cancellation surfaces as AbortError.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface Fix {
  crateId: string;
  lat: number;
  lon: number;
  shockG: number;
}

type FixSource = (crateId: string, signal: AbortSignal) => Promise<Fix>;

async function followCrate(
  crateId: string,
  readFix: FixSource,
  { signal, intervalMs = 5, maxShockG = 4 }: { signal: AbortSignal; intervalMs?: number; maxShockG?: number },
): Promise<{ fixes: Fix[]; dropouts: number }> {
  const fixes: Fix[] = [];
  let dropouts = 0;

  while (fixes.length < 3) {
    try {
      const fix = await readFix(crateId, signal);
      if (fix.shockG > maxShockG) {
        throw new RangeError(`crate ${crateId} took a ${fix.shockG} g shock`);
      }
      fixes.push(fix);
    } catch (err) {
      if (err instanceof Error && err.name === 'AbortError') throw err;
      if (err instanceof RangeError) throw err;
      dropouts++; // tunnels and cargo holds lose GPS; keep following
    }
    await sleep(intervalMs, undefined, { signal });
  }
  return { fixes, dropouts };
}

function fix(shockG = 0.4): Fix {
  return { crateId: 'LOAN-77/3', lat: 51.5194, lon: -0.127, shockG };
}

describe('followCrate', () => {
  it('tolerates GPS dropouts', async () => {
    let calls = 0;
    const readFix: FixSource = async () => {
      calls++;
      if (calls === 2) throw new Error('no satellite lock');
      return fix();
    };
    const { fixes, dropouts } = await followCrate('LOAN-77/3', readFix, { signal: new AbortController().signal });
    assert.equal(fixes.length, 3);
    assert.equal(dropouts, 1);
  });

  it('stops on a shock above the loan agreement limit', async () => {
    const readFix: FixSource = async () => fix(6.2);
    await assert.rejects(
      followCrate('LOAN-77/3', readFix, { signal: new AbortController().signal }),
      /took a 6.2 g shock/,
    );
  });

  it('propagates cancellation from the courier app as AbortError', async () => {
    const controller = new AbortController();
    const readFix: FixSource = (_id, signal) =>
      new Promise<Fix>((resolve, reject) => {
        if (signal.aborted) {
          reject(signal.reason);
          return;
        }
        const onAbort = () => {
          clearTimeout(timer);
          reject(signal.reason);
        };
        const timer = setTimeout(() => {
          signal.removeEventListener('abort', onAbort);
          resolve(fix());
        }, 1_000);
        signal.addEventListener('abort', onAbort, { once: true });
      });

    const following = followCrate('LOAN-77/3', readFix, { signal: controller.signal });
    controller.abort();
    await assert.rejects(following, { name: 'AbortError' });
  });

  it('aborts during the wait between fixes', async () => {
    const controller = new AbortController();
    const readFix: FixSource = async () => {
      controller.abort();
      return fix();
    };
    await assert.rejects(
      followCrate('LOAN-77/3', readFix, { signal: controller.signal, intervalMs: 10_000 }),
      { name: 'AbortError' },
    );
  });
});
