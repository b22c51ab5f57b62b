// expect: no-promise-as-value
// Bug: assert.ok(mower.isDocked()) asserts on the Promise returned by isDocked(), which is always truthy, so the docking check can never fail.
import { describe, it, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface MowerSim {
  isDocked(): Promise<boolean>;
  batteryPct(): Promise<number>;
  mowZone(zoneId: string): Promise<{ areaM2: number; minutes: number }>;
  returnToDock(): Promise<void>;
  setBattery(pct: number): Promise<void>;
  setRain(raining: boolean): Promise<void>;
  position(): Promise<{ x: number; y: number }>;
}

declare function startGardenSim(opts: { garden: string; seed: number }): Promise<{
  mower: MowerSim;
  stop(): Promise<void>;
}>;

const DOCK = { x: 0, y: 0 };

describe('robot lawn mower docking', () => {
  let sim: Awaited<ReturnType<typeof startGardenSim>>;
  let mower: MowerSim;

  before(async () => {
    sim = await startGardenSim({ garden: 'cottage-front', seed: 7 });
    mower = sim.mower;
  });

  after(async () => {
    await sim.stop();
  });

  beforeEach(async () => {
    await mower.setRain(false);
    await mower.setBattery(100);
    await mower.returnToDock();
  });

  it('mows the front lawn and reports its area', async () => {
    const { areaM2, minutes } = await mower.mowZone('front-lawn');
    assert.ok(areaM2 > 80 && areaM2 < 120, `unexpected lawn area ${areaM2}`);
    assert.ok(minutes > 0);
  });

  it('returns to the dock when the battery runs low', async () => {
    await mower.setBattery(12);
    await mower.mowZone('back-lawn');
    assert.ok(mower.isDocked());
    const pos = await mower.position();
    assert.ok(Math.hypot(pos.x - DOCK.x, pos.y - DOCK.y) < 0.3);
  });

  it('does not start mowing in the rain', async () => {
    await mower.setRain(true);
    await assert.rejects(mower.mowZone('front-lawn'), /rain/);
    assert.equal(await mower.batteryPct(), 100);
  });

  it('charges while docked', async () => {
    await mower.setBattery(40);
    await mower.returnToDock();
    const before = await mower.batteryPct();
    await new Promise<void>((resolve) => setTimeout(resolve, 500));
    assert.ok((await mower.batteryPct()) >= before);
  });
});
