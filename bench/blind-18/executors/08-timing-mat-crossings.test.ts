// expect: no-multiple-settle
// The Promise executor is async and awaits mat.arm() before wiring anything up; if arming rejects, the rejection is lost and the returned promise never settles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface Crossing {
  bib: number;
  matId: string;
  chipTimeMs: number;
}

class FakeTimingMat extends EventEmitter {
  armed = false;

  constructor(
    readonly matId: string,
    private readonly calibrated = true,
  ) {
    super();
  }

  async arm(): Promise<void> {
    await new Promise((r) => setImmediate(r));
    if (!this.calibrated) throw new Error(`mat ${this.matId} antenna not calibrated`);
    this.armed = true;
  }

  simulate(bib: number, chipTimeMs: number): void {
    if (!this.armed) return;
    this.emit('crossing', { bib, matId: this.matId, chipTimeMs } satisfies Crossing);
  }
}

function nextCrossing(mat: FakeTimingMat, bib: number, ms = 1000): Promise<Crossing> {
  return new Promise(async (resolve, reject) => {
    await mat.arm();
    const timer = setTimeout(() => {
      mat.off('crossing', onCrossing);
      reject(new Error(`bib ${bib} did not cross ${mat.matId}`));
    }, ms);
    const onCrossing = (c: Crossing) => {
      if (c.bib !== bib) return;
      clearTimeout(timer);
      mat.off('crossing', onCrossing);
      resolve(c);
    };
    mat.on('crossing', onCrossing);
  });
}

function splitTimes(crossings: Crossing[]): number[] {
  const sorted = [...crossings].sort((a, b) => a.chipTimeMs - b.chipTimeMs);
  return sorted.slice(1).map((c, i) => c.chipTimeMs - sorted[i].chipTimeMs);
}

test('records the crossing for the requested bib', async () => {
  const mat = new FakeTimingMat('km-21');
  const pending = nextCrossing(mat, 1042);
  setTimeout(() => {
    mat.simulate(877, 4_512_300);
    mat.simulate(1042, 4_530_900);
  }, 20);
  const crossing = await pending;
  assert.equal(crossing.chipTimeMs, 4_530_900);
  assert.equal(mat.listenerCount('crossing'), 0);
});

test('times out when the runner never reaches the mat', async () => {
  const mat = new FakeTimingMat('km-30');
  await assert.rejects(nextCrossing(mat, 55, 50), /did not cross km-30/);
});

test('computes splits across consecutive mats', async () => {
  const mats = ['km-10', 'km-21', 'km-30'].map((id) => new FakeTimingMat(id));
  const pending = mats.map((m) => nextCrossing(m, 301));
  setTimeout(() => {
    mats[0].simulate(301, 2_400_000);
    mats[1].simulate(301, 5_100_000);
    mats[2].simulate(301, 7_350_000);
  }, 20);
  const crossings = await Promise.all(pending);
  assert.deepEqual(splitTimes(crossings), [2_700_000, 2_250_000]);
});
