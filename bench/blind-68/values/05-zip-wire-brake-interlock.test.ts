// expect: no-promise-as-value
// Bug: the interlock test asserts brake.isEngaged() without awaiting it; assert.ok sees a Promise (always truthy) so the check can never fail.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

type LineState = 'idle' | 'rider-launched' | 'braking' | 'arrived';

class BrakeController {
  private engaged = false;
  private state: LineState = 'idle';
  private trolleySpeedMs = 0;

  async launch(): Promise<void> {
    await Promise.resolve();
    if (this.engaged) throw new Error('cannot launch with brake engaged');
    this.state = 'rider-launched';
    this.trolleySpeedMs = 18;
  }

  async trolleyPassedSensor(distanceToEndM: number): Promise<void> {
    await Promise.resolve();
    if (this.state !== 'rider-launched') return;
    // Engage once the trolley is inside the 60 m braking zone.
    if (distanceToEndM <= 60) {
      this.engaged = true;
      this.state = 'braking';
    }
  }

  async isEngaged(): Promise<boolean> {
    await Promise.resolve();
    return this.engaged;
  }

  async release(): Promise<void> {
    await Promise.resolve();
    this.engaged = false;
    this.state = 'idle';
    this.trolleySpeedMs = 0;
  }

  async status(): Promise<{ state: LineState; speedMs: number }> {
    await Promise.resolve();
    return { state: this.state, speedMs: this.trolleySpeedMs };
  }
}

describe('zip wire brake interlock', () => {
  let brake: BrakeController;

  beforeEach(async () => {
    brake = new BrakeController();
    await brake.release();
  });

  it('launches with the brake released', async () => {
    await brake.launch();
    const s = await brake.status();
    assert.equal(s.state, 'rider-launched');
    assert.equal(await brake.isEngaged(), false);
  });

  it('does not engage while the trolley is far from the platform', async () => {
    await brake.launch();
    await brake.trolleyPassedSensor(240);
    assert.equal((await brake.status()).state, 'rider-launched');
  });

  it('engages when the trolley enters the braking zone', async () => {
    await brake.launch();
    await brake.trolleyPassedSensor(55);
    assert.ok(brake.isEngaged());
    assert.equal((await brake.status()).state, 'braking');
  });

  it('refuses to launch a rider while engaged', async () => {
    await brake.launch();
    await brake.trolleyPassedSensor(10);
    await assert.rejects(brake.launch(), /brake engaged/);
  });

  it('returns to idle after release', async () => {
    await brake.launch();
    await brake.trolleyPassedSensor(30);
    await brake.release();
    assert.deepEqual(await brake.status(), { state: 'idle', speedMs: 0 });
  });
});
