// expect: none
// Every assertion on an async hoist method awaits it first; the only promises handed to assert are the ones given to assert.rejects, which expects a promise.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface MotorDriver {
  move(deltaCm: number): Promise<void>;
  brakeEngaged(): Promise<boolean>;
}

class FakeMotor implements MotorDriver {
  positionCm = 0;
  braked = true;
  async move(deltaCm: number): Promise<void> {
    if (this.braked) throw new Error('brake engaged');
    await new Promise((r) => setImmediate(r));
    this.positionCm += deltaCm;
  }
  async brakeEngaged(): Promise<boolean> {
    return this.braked;
  }
}

class ChandelierHoist {
  constructor(
    private readonly motor: FakeMotor,
    private readonly maxDropCm: number,
    private readonly loadKg: number,
    private readonly ratedKg: number,
  ) {}

  async heightCm(): Promise<number> {
    return this.motor.positionCm;
  }

  async isLocked(): Promise<boolean> {
    return this.motor.brakeEngaged();
  }

  async lowerBy(cm: number): Promise<number> {
    if (this.loadKg > this.ratedKg) throw new Error(`load ${this.loadKg}kg exceeds rating`);
    const current = await this.heightCm();
    if (current + cm > this.maxDropCm) throw new RangeError(`cannot lower past ${this.maxDropCm}cm`);
    this.motor.braked = false;
    try {
      await this.motor.move(cm);
    } finally {
      this.motor.braked = true;
    }
    return this.heightCm();
  }
}

describe('ballroom chandelier hoist', () => {
  let motor: FakeMotor;
  let hoist: ChandelierHoist;

  beforeEach(() => {
    motor = new FakeMotor();
    hoist = new ChandelierHoist(motor, 600, 180, 250);
  });

  it('starts parked and locked', async () => {
    assert.equal(await hoist.heightCm(), 0);
    assert.ok(await hoist.isLocked());
  });

  it('lowers by the requested distance and re-locks', async () => {
    const height = await hoist.lowerBy(240);
    assert.equal(height, 240);
    assert.equal(await hoist.heightCm(), 240);
    assert.equal(await hoist.isLocked(), true);
  });

  it('refuses to drop the crystals below the cleaning platform', async () => {
    await hoist.lowerBy(500);
    await assert.rejects(hoist.lowerBy(200), RangeError);
    assert.equal(await hoist.heightCm(), 500);
  });

  it('refuses an over-rated load before releasing the brake', async () => {
    const heavy = new ChandelierHoist(motor, 600, 320, 250);
    await assert.rejects(heavy.lowerBy(10), /exceeds rating/);
    assert.ok(await heavy.isLocked());
  });
});
