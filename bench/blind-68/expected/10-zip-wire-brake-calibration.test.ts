// expect: none
// Correct: beforeEach and assert.rejects take functions by design, so passing resetRig and an arrow without calling them is intended.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface BrakeReading {
  trolleySpeedMs: number;
  stopDistanceM: number;
  peakDecelG: number;
}

class MagneticBrakeRig {
  private magnetGapMm = 12;
  private riderKg = 0;

  async load(riderKg: number): Promise<void> {
    if (riderKg < 30 || riderKg > 130) throw new RangeError(`rider mass ${riderKg} kg outside rated range`);
    await Promise.resolve();
    this.riderKg = riderKg;
  }

  async setGap(mm: number): Promise<void> {
    if (mm < 4) throw new Error('magnet gap below mechanical stop');
    await Promise.resolve();
    this.magnetGapMm = mm;
  }

  async engage(entrySpeedMs: number): Promise<BrakeReading> {
    if (this.riderKg === 0) throw new Error('no test mass loaded');
    await Promise.resolve();
    // Eddy-current braking force scales roughly with speed and inversely with gap squared.
    const k = 2600 / (this.magnetGapMm * this.magnetGapMm);
    const decel = (k * entrySpeedMs) / this.riderKg;
    const stopDistanceM = (entrySpeedMs * entrySpeedMs) / (2 * decel);
    return { trolleySpeedMs: entrySpeedMs, stopDistanceM, peakDecelG: decel / 9.81 };
  }

  async reset(): Promise<void> {
    await Promise.resolve();
    this.magnetGapMm = 12;
    this.riderKg = 0;
  }
}

const rig = new MagneticBrakeRig();

async function resetRig(): Promise<void> {
  await rig.reset();
  await rig.setGap(8);
}

describe('zip wire magnetic brake calibration', () => {
  beforeEach(resetRig);

  it('stops a heavy rider within the catch zone', async () => {
    await rig.load(120);
    const r = await rig.engage(22);
    assert.ok(r.stopDistanceM < 40, `stop distance ${r.stopDistanceM.toFixed(1)} m`);
  });

  it('keeps deceleration comfortable for a light rider', async () => {
    await rig.load(35);
    const r = await rig.engage(14);
    assert.ok(r.peakDecelG < 2.5, `peak ${r.peakDecelG.toFixed(2)} g`);
  });

  it('refuses to fire without a test mass', async () => {
    await assert.rejects(() => rig.engage(10), /no test mass/);
  });

  it('rejects a rider outside the rated range', async () => {
    await assert.rejects(() => rig.load(150), RangeError);
  });

  it('rejects a gap below the mechanical stop', async () => {
    await assert.rejects(() => rig.setGap(3), /mechanical stop/);
  });

  it('loads and sets the gap concurrently', async () => {
    await Promise.all([rig.load(80), rig.setGap(6)]);
    const r = await rig.engage(18);
    assert.ok(r.stopDistanceM > 0);
  });
});
