// expect: none
// Hooks call their async fixtures and return the promise, and assert.rejects is given a function that starts a fresh dispense each time.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';

interface DispenseResult {
  penId: string;
  requestedKg: number;
  dispensedKg: number;
  augerTurns: number;
}

interface FeederRig {
  reset(profile: 'salmon-smolt' | 'salmon-grower' | 'trout'): Promise<void>;
  setHopperKg(kg: number): Promise<void>;
  loadCell(): Promise<number>;
  shutdown(): Promise<void>;
}

interface Feeder {
  calibrate(): Promise<{ gramsPerTurn: number }>;
  dispense(penId: string, kg: number): Promise<DispenseResult>;
}

declare function openRig(port: string): Promise<FeederRig>;
declare function createFeeder(rig: FeederRig): Feeder;

const TOLERANCE_KG = 0.05;

describe('pellet feeder calibration', () => {
  let rig: FeederRig;
  let feeder: Feeder;

  beforeEach(async () => {
    rig = await openRig(process.env.FEEDER_RIG_PORT ?? '/dev/ttyUSB0');
    await rig.reset('salmon-grower');
    feeder = createFeeder(rig);
  });

  afterEach(() => rig.shutdown());

  it('derives grams-per-turn from a 20-turn test run', async () => {
    const { gramsPerTurn } = await feeder.calibrate();
    assert.ok(gramsPerTurn > 40 && gramsPerTurn < 60, `unexpected grams per turn ${gramsPerTurn}`);
  });

  it('dispenses within tolerance after calibration', async () => {
    await feeder.calibrate();
    const before = await rig.loadCell();
    const result = await feeder.dispense('pen-3', 2.5);
    const after = await rig.loadCell();

    assert.equal(result.requestedKg, 2.5);
    assert.ok(Math.abs(result.dispensedKg - 2.5) <= TOLERANCE_KG);
    assert.ok(Math.abs(before - after - result.dispensedKg) <= TOLERANCE_KG);
  });

  it('refuses to dispense before calibration', async () => {
    await assert.rejects(() => feeder.dispense('pen-3', 1), /not calibrated/);
  });

  it('rejects negative and oversized portions', async () => {
    await feeder.calibrate();
    for (const kg of [-1, 0, 40]) {
      await assert.rejects(() => feeder.dispense('pen-1', kg), RangeError, `portion ${kg} kg should be refused`);
    }
  });

  it('stops short when the hopper runs low', () =>
    rig
      .setHopperKg(1.2)
      .then(() => feeder.calibrate())
      .then(() => feeder.dispense('pen-7', 3))
      .then((result) => {
        assert.ok(result.dispensedKg < 1.2);
        assert.ok(result.augerTurns > 0);
      }));
});
