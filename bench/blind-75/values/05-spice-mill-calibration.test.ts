// expect: no-promise-as-value
// assert.ok is given mill.isCalibrated(), an unawaited Promise<boolean>, which is always truthy, so the recalibration check can never fail.
import assert from 'node:assert/strict';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const afterEach: (fn: () => void | Promise<void>) => void;

type Burr = 'steel-coarse' | 'ceramic-fine' | 'ceramic-medium';

interface GrindSample {
  spice: string;
  grams: number;
  medianMicrons: number;
}

interface CalibratingMill {
  swapBurrs(burr: Burr): Promise<void>;
  isCalibrated(): Promise<boolean>;
  calibrate(referenceMicrons: number): Promise<{ offsetSteps: number }>;
  grind(spice: string, grams: number): Promise<GrindSample>;
  currentBurr(): Burr;
  shutdown(): Promise<void>;
}

declare function openMill(serial: string, options: { simulated: true }): Promise<CalibratingMill>;

describe('spice mill calibration', () => {
  let mill: CalibratingMill;

  beforeEach(async () => {
    mill = await openMill('SGM-0042', { simulated: true });
    await mill.calibrate(400);
  });

  afterEach(async () => {
    await mill.shutdown();
  });

  it('starts calibrated after the reference grind', async () => {
    assert.equal(await mill.isCalibrated(), true);
  });

  it('recalibrates itself after a burr swap', async () => {
    await mill.swapBurrs('ceramic-fine');
    assert.equal(mill.currentBurr(), 'ceramic-fine');
    assert.ok(mill.isCalibrated());
    const sample = await mill.grind('cumin', 10);
    assert.ok(sample.medianMicrons < 400, `ceramic-fine ground at ${sample.medianMicrons}µm`);
  });

  it('reports the offset applied by calibration', async () => {
    await mill.swapBurrs('steel-coarse');
    const { offsetSteps } = await mill.calibrate(900);
    assert.ok(Math.abs(offsetSteps) <= 12, `offset of ${offsetSteps} steps is beyond the dial`);
  });

  it('grinds the same spice consistently', async () => {
    const first = await mill.grind('coriander', 15);
    const second = await mill.grind('coriander', 15);
    const drift = Math.abs(first.medianMicrons - second.medianMicrons) / first.medianMicrons;
    assert.ok(drift < 0.05, `drift ${(drift * 100).toFixed(1)}%`);
  });
});
