// expect: none
// Dosing runs through a fixed pool of workers that are all awaited together with Promise.all; no promise is created without being awaited at once.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface RentalTub {
  tubId: string;
  litres: number;
  freeChlorinePpm: number;
}

interface DoseRecord {
  tubId: string;
  gramsAdded: number;
}

type Doser = (tub: RentalTub, grams: number) => Promise<void>;

function gramsNeeded(tub: RentalTub, targetPpm: number): number {
  const deficit = Math.max(0, targetPpm - tub.freeChlorinePpm);
  return Math.round(((deficit * tub.litres) / 1000 / 0.56) * 10) / 10;
}

async function dosePool(tubs: readonly RentalTub[], dose: Doser, concurrency: number, targetPpm = 3): Promise<DoseRecord[]> {
  const queue = tubs.filter((t) => t.freeChlorinePpm < targetPpm);
  const records: DoseRecord[] = [];
  let next = 0;

  const worker = async (): Promise<void> => {
    while (next < queue.length) {
      const tub = queue[next++];
      const grams = gramsNeeded(tub, targetPpm);
      await dose(tub, grams);
      records.push({ tubId: tub.tubId, gramsAdded: grams });
    }
  };

  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, () => worker()));
  return records.sort((a, b) => a.tubId.localeCompare(b.tubId));
}

const fleet: RentalTub[] = [
  { tubId: 'tub-01', litres: 1200, freeChlorinePpm: 1.2 },
  { tubId: 'tub-02', litres: 900, freeChlorinePpm: 3.4 },
  { tubId: 'tub-03', litres: 1500, freeChlorinePpm: 0.4 },
  { tubId: 'tub-04', litres: 1100, freeChlorinePpm: 2.1 },
];

describe('dosePool', () => {
  it('doses only tubs below target', async () => {
    const dosed: string[] = [];
    const records = await dosePool(fleet, async (tub) => {
      await sleep(1);
      dosed.push(tub.tubId);
    }, 2);
    assert.deepEqual(records.map((r) => r.tubId), ['tub-01', 'tub-03', 'tub-04']);
    assert.equal(dosed.length, 3);
  });

  it('never runs more than the allowed number of doses at once', async () => {
    let active = 0;
    let peak = 0;
    await dosePool(fleet, async () => {
      active += 1;
      peak = Math.max(peak, active);
      await sleep(5);
      active -= 1;
    }, 2);
    assert.equal(peak, 2);
  });

  it('propagates a doser failure', async () => {
    await assert.rejects(
      dosePool(fleet, async (tub) => {
        await sleep(1);
        if (tub.tubId === 'tub-03') throw new Error('dosing pump clogged');
      }, 1),
      /dosing pump clogged/,
    );
  });

  it('computes grams from the ppm deficit', () => {
    assert.equal(gramsNeeded({ tubId: 'x', litres: 1000, freeChlorinePpm: 1 }, 3), 3.6);
  });
});
