// expect: no-multiple-settle
// sprayAndWait uses an async executor; if fleet.dispatch rejects, the await throws inside the executor and the promise never settles.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

type FluidMix = 'type-I' | 'type-IV';

interface SprayReport {
  gate: string;
  truckId: string;
  litres: number;
  holdoverMinutes: number;
}

interface DeicingTruck extends EventEmitter {
  readonly id: string;
  readonly tankLitres: number;
}

declare const fleet: {
  dispatch(gate: string, mix: FluidMix): Promise<DeicingTruck>;
  recall(truckId: string): Promise<void>;
  reset(): Promise<void>;
  setWeather(w: { tempC: number; precipitation: 'none' | 'snow' | 'freezing-rain' }): void;
};

function sprayAndWait(gate: string, mix: FluidMix): Promise<SprayReport> {
  return new Promise<SprayReport>(async (resolve, reject) => {
    const truck = await fleet.dispatch(gate, mix);
    const onComplete = (report: SprayReport) => {
      truck.off('fault', onFault);
      resolve(report);
    };
    const onFault = (code: string) => {
      truck.off('sprayComplete', onComplete);
      reject(new Error(`truck ${truck.id} fault ${code} at ${gate}`));
    };
    truck.once('sprayComplete', onComplete);
    truck.once('fault', onFault);
  });
}

describe('de-icing dispatch', () => {
  const dispatched: string[] = [];

  beforeEach(async () => {
    await fleet.reset();
    fleet.setWeather({ tempC: -4, precipitation: 'snow' });
  });

  afterEach(async () => {
    for (const truckId of dispatched.splice(0)) {
      await fleet.recall(truckId);
    }
  });

  it('applies type I fluid with a short holdover in light snow', async () => {
    const report = await sprayAndWait('B12', 'type-I');
    dispatched.push(report.truckId);
    assert.equal(report.gate, 'B12');
    assert.ok(report.litres > 0);
    assert.ok(report.holdoverMinutes <= 15, `holdover ${report.holdoverMinutes} too long for type I`);
  });

  it('gives type IV fluid a longer holdover than type I', async () => {
    const typeI = await sprayAndWait('C3', 'type-I');
    const typeIV = await sprayAndWait('C4', 'type-IV');
    dispatched.push(typeI.truckId, typeIV.truckId);
    assert.ok(typeIV.holdoverMinutes > typeI.holdoverMinutes);
  });

  it('rejects when the truck reports a pump fault', async () => {
    fleet.setWeather({ tempC: -18, precipitation: 'freezing-rain' });
    await assert.rejects(sprayAndWait('A1', 'type-IV'), /fault/);
  });

  it('never sprays more than the tank holds', async () => {
    const report = await sprayAndWait('D7', 'type-I');
    dispatched.push(report.truckId);
    assert.ok(report.litres <= 4_000);
  });
});
