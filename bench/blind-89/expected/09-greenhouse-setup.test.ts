// expect: no-uncalled-async-function
// The beforeEach passes sensors.calibrate to Promise.all without calling it, so calibration never runs and every test reads uncalibrated probes.
import { describe, it, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface Reservoir {
  reset(litres: number): Promise<void>;
  level(): Promise<number>;
}

interface Sensors {
  calibrate(): Promise<void>;
  ec(): Promise<number>;
  ph(): Promise<number>;
  isCalibrated(): boolean;
}

interface Greenhouse {
  reservoir: Reservoir;
  sensors: Sensors;
  dose(target: { ec: number; ph: number }): Promise<{ ec: number; ph: number; mlUsed: number }>;
  shutdown(): Promise<void>;
}

declare function bootGreenhouse(opts: { simulated: true; bays: number }): Promise<Greenhouse>;

describe('hydroponic greenhouse dosing', () => {
  let gh: Greenhouse;

  before(async () => {
    gh = await bootGreenhouse({ simulated: true, bays: 2 });
  });

  after(async () => {
    await gh.shutdown();
  });

  beforeEach(async () => {
    await Promise.all([gh.reservoir.reset(400), gh.sensors.calibrate]);
  });

  it('starts each test with a full reservoir', async () => {
    assert.equal(await gh.reservoir.level(), 400);
  });

  it('brings EC up to the lettuce target', async () => {
    const result = await gh.dose({ ec: 1.4, ph: 6.0 });
    assert.ok(Math.abs(result.ec - 1.4) < 0.1, `EC ended at ${result.ec}`);
    assert.ok(result.mlUsed > 0);
  });

  it('leaves pH alone when already in range', async () => {
    const currentPh = await gh.sensors.ph();
    const result = await gh.dose({ ec: await gh.sensors.ec(), ph: currentPh });
    assert.equal(result.mlUsed, 0);
  });
});
