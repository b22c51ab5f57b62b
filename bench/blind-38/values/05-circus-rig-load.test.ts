// expect: none
// Every assertion compares awaited values; the only promises handed to assert go to assert.rejects and assert.doesNotReject, which take promises.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface Shackle {
  serial: string;
  wllKg: number;
}

class OverloadError extends Error {
  constructor(readonly point: string, readonly kg: number) {
    super(`${point} would carry ${kg} kg`);
  }
}

class RigModel {
  private loads = new Map<string, number>();

  constructor(private readonly shackles: ReadonlyMap<string, Shackle>) {}

  async hang(point: string, kg: number, dynamicFactor = 1): Promise<number> {
    await Promise.resolve();
    const shackle = this.shackles.get(point);
    if (!shackle) throw new Error(`no shackle at ${point}`);
    const total = (this.loads.get(point) ?? 0) + kg * dynamicFactor;
    if (total > shackle.wllKg) throw new OverloadError(point, total);
    this.loads.set(point, total);
    return total;
  }

  async peakLoad(point: string): Promise<number> {
    await Promise.resolve();
    return this.loads.get(point) ?? 0;
  }

  async isClear(point: string): Promise<boolean> {
    return (await this.peakLoad(point)) === 0;
  }
}

const shackles = new Map<string, Shackle>([
  ['truss-a', { serial: 'SH-2201', wllKg: 1_000 }],
  ['truss-b', { serial: 'SH-2202', wllKg: 1_000 }],
  ['trapeze-1', { serial: 'SH-0917', wllKg: 650 }],
]);

describe('circus rig load model', () => {
  let rig: RigModel;

  beforeEach(() => {
    rig = new RigModel(shackles);
  });

  it('adds static loads on a truss point', async () => {
    await rig.hang('truss-a', 180);
    await rig.hang('truss-a', 232);
    assert.equal(await rig.peakLoad('truss-a'), 412);
  });

  it('applies the dynamic factor for a flying act', async () => {
    const total = await rig.hang('trapeze-1', 62, 5);
    assert.equal(total, 310);
    assert.equal(await rig.isClear('trapeze-1'), false);
  });

  it('reports untouched points as clear', async () => {
    assert.ok(await rig.isClear('truss-b'));
  });

  it('refuses a load over the shackle working limit', async () => {
    await rig.hang('trapeze-1', 60, 5);
    await assert.rejects(rig.hang('trapeze-1', 71, 5), (err: unknown) => {
      assert.ok(err instanceof OverloadError);
      assert.equal(err.kg, 655);
      return true;
    });
    assert.equal(await rig.peakLoad('trapeze-1'), 300);
  });

  it('accepts a load exactly at the limit', async () => {
    await assert.doesNotReject(rig.hang('truss-b', 1_000));
  });

  it('rejects rigging to a point with no shackle', async () => {
    await assert.rejects(rig.hang('king-pole', 40), /no shackle at king-pole/);
  });
});
