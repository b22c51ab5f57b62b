// expect: none
// Hooks return cannon.reset() results, and assert.rejects receives a function to call; no bare async method is used where its result was meant.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';

interface LaunchResult {
  speedKph: number;
  spinRpm: number;
  landedAtM: number;
}

class BallCannon {
  private pressureKpa = 0;
  private hopper = 0;

  async reset(): Promise<void> {
    await new Promise((r) => setImmediate(r));
    this.pressureKpa = 0;
    this.hopper = 12;
  }

  async pressurize(kpa: number): Promise<void> {
    if (kpa > 400) throw new RangeError(`pressure ${kpa}kPa exceeds tank rating`);
    await new Promise((r) => setImmediate(r));
    this.pressureKpa = kpa;
  }

  async fire(angleDeg: number, topspin = 0): Promise<LaunchResult> {
    if (angleDeg < -5 || angleDeg > 45) throw new RangeError(`angle ${angleDeg} outside the safe arc`);
    if (this.hopper === 0) throw new Error('hopper empty');
    if (this.pressureKpa === 0) throw new Error('cannon not pressurized');
    this.hopper -= 1;
    const speedKph = Math.sqrt(this.pressureKpa) * 6.5;
    const rad = (angleDeg * Math.PI) / 180;
    const v = speedKph / 3.6;
    return { speedKph, spinRpm: topspin * 60, landedAtM: (v * v * Math.sin(2 * rad)) / 9.81 };
  }

  ballsLeft(): number {
    return this.hopper;
  }
}

async function fireVolley(fire: (angle: number) => Promise<LaunchResult>, angles: number[]): Promise<LaunchResult[]> {
  const results: LaunchResult[] = [];
  for (const angle of angles) results.push(await fire(angle));
  return results;
}

describe('tennis ball cannon', () => {
  const cannon = new BallCannon();

  beforeEach(() => cannon.reset());
  afterEach(() => cannon.reset());

  it('rejects angles outside the safe arc', async () => {
    await cannon.pressurize(200);
    await assert.rejects(() => cannon.fire(60), /outside the safe arc/);
    assert.equal(cannon.ballsLeft(), 12);
  });

  it('refuses to fire before pressurizing', async () => {
    await assert.rejects(cannon.fire(10), /not pressurized/);
  });

  it('refuses to over-pressurize the tank', async () => {
    await assert.rejects(() => cannon.pressurize(450), RangeError);
  });

  it('lands a volley deeper as the angle rises towards 45', async () => {
    await cannon.pressurize(250);
    const volley = await fireVolley(cannon.fire.bind(cannon), [5, 15, 30]);
    const distances = volley.map((r) => r.landedAtM);
    assert.deepEqual([...distances].sort((a, b) => a - b), distances);
    assert.equal(cannon.ballsLeft(), 9);
  });

  it('empties the hopper after twelve shots', async () => {
    await cannon.pressurize(150);
    await fireVolley((angle) => cannon.fire(angle, 20), Array.from({ length: 12 }, () => 12));
    await assert.rejects(() => cannon.fire(12), /hopper empty/);
  });
});
