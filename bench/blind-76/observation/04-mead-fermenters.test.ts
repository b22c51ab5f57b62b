// expect: none
// sampleCellar checks each allSettled result's status before reading value or reason, and the tests await every promise they create.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface GravityReading {
  carboyId: string;
  specificGravity: number;
  tempC: number;
}

interface Hydrometer {
  read(carboyId: string): Promise<GravityReading>;
}

interface CellarReport {
  readings: GravityReading[];
  offline: { carboyId: string; reason: string }[];
  readyToRack: string[];
}

const FINAL_GRAVITY = 1.01;

async function sampleCellar(hydrometer: Hydrometer, carboyIds: string[]): Promise<CellarReport> {
  const results = await Promise.allSettled(carboyIds.map((id) => hydrometer.read(id)));
  const readings: GravityReading[] = [];
  const offline: CellarReport['offline'] = [];

  results.forEach((result, i) => {
    if (result.status === 'fulfilled') {
      readings.push(result.value);
    } else {
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      offline.push({ carboyId: carboyIds[i], reason });
    }
  });

  const readyToRack = readings.filter((r) => r.specificGravity <= FINAL_GRAVITY).map((r) => r.carboyId);
  return { readings, offline, readyToRack };
}

class FakeHydrometer implements Hydrometer {
  readonly gravities = new Map<string, number>();
  readonly broken = new Set<string>();

  async read(carboyId: string): Promise<GravityReading> {
    if (this.broken.has(carboyId)) throw new Error(`probe ${carboyId} not responding`);
    const sg = this.gravities.get(carboyId);
    if (sg === undefined) throw new Error(`unknown carboy ${carboyId}`);
    return { carboyId, specificGravity: sg, tempC: 18.5 };
  }
}

describe('sampleCellar', () => {
  let hydrometer: FakeHydrometer;

  beforeEach(() => {
    hydrometer = new FakeHydrometer();
    hydrometer.gravities.set('orange-blossom', 1.008);
    hydrometer.gravities.set('buckwheat', 1.032);
    hydrometer.gravities.set('wildflower', 1.002);
  });

  it('lists carboys that have fermented dry enough to rack', async () => {
    const report = await sampleCellar(hydrometer, ['orange-blossom', 'buckwheat', 'wildflower']);
    assert.deepEqual(report.readyToRack, ['orange-blossom', 'wildflower']);
    assert.equal(report.offline.length, 0);
  });

  it('keeps going when one probe fails', async () => {
    hydrometer.broken.add('buckwheat');
    const report = await sampleCellar(hydrometer, ['orange-blossom', 'buckwheat', 'wildflower']);
    assert.equal(report.readings.length, 2);
    assert.deepEqual(report.offline, [{ carboyId: 'buckwheat', reason: 'probe buckwheat not responding' }]);
  });

  it('reports unknown carboys as offline rather than throwing', async () => {
    const report = await sampleCellar(hydrometer, ['metheglin']);
    assert.deepEqual(report.readyToRack, []);
    assert.match(report.offline[0].reason, /unknown carboy/);
  });

  it('propagates a direct probe failure to the caller', async () => {
    hydrometer.broken.add('wildflower');
    await assert.rejects(hydrometer.read('wildflower'), /not responding/);
  });
});
