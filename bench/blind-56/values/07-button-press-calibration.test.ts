// expect: no-promise-as-value
// The calibration test asserts assert.ok(press.isCalibrated()) on the un-awaited promise, which is always truthy, so it passes even when calibration fails.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface DieSpec {
  diameterMm: number;
  holes: 2 | 4;
  toleranceMm: number;
}

class ButtonPress {
  private offsetsMm: number[] = [];
  strokes = 0;

  constructor(
    private readonly spec: DieSpec,
    private readonly sensorDrift: number,
  ) {}

  async stamp(count: number): Promise<number[]> {
    const diameters: number[] = [];
    for (let i = 0; i < count; i++) {
      await sleep(1);
      this.strokes += 1;
      diameters.push(this.spec.diameterMm + this.sensorDrift * (i % 3));
    }
    return diameters;
  }

  async calibrate(samples = 6): Promise<void> {
    const diameters = await this.stamp(samples);
    this.offsetsMm = diameters.map((d) => d - this.spec.diameterMm);
  }

  async isCalibrated(): Promise<boolean> {
    await sleep(1);
    if (this.offsetsMm.length === 0) return false;
    const worst = Math.max(...this.offsetsMm.map(Math.abs));
    return worst <= this.spec.toleranceMm;
  }

  async holeSpacingMm(): Promise<number> {
    await sleep(1);
    const ring = this.spec.diameterMm * 0.32;
    return this.spec.holes === 4 ? Math.round(ring * Math.SQRT2 * 100) / 100 : Math.round(ring * 2 * 100) / 100;
  }
}

const fourHole: DieSpec = { diameterMm: 15, holes: 4, toleranceMm: 0.05 };

describe('ButtonPress calibration', () => {
  let press: ButtonPress;

  beforeEach(() => {
    press = new ButtonPress(fourHole, 0.02);
  });

  it('stamps the requested number of blanks', async () => {
    const diameters = await press.stamp(4);
    assert.equal(diameters.length, 4);
    assert.equal(press.strokes, 4);
  });

  it('is not calibrated before the first calibration run', async () => {
    assert.equal(await press.isCalibrated(), false);
  });

  it('calibrates within tolerance for a low-drift sensor', async () => {
    await press.calibrate();
    assert.ok(press.isCalibrated());
    assert.equal(press.strokes, 6);
  });

  it('rejects a drifting sensor', async () => {
    const drifting = new ButtonPress(fourHole, 0.04);
    await drifting.calibrate();
    assert.equal(await drifting.isCalibrated(), false);
  });

  it('computes hole spacing for four-hole dies', async () => {
    assert.equal(await press.holeSpacingMm(), 6.79);
  });
});
