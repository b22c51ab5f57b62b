// expect: none
// The homing promise is awaited right away and later re-awaited only to reuse its cached result; the retry test starts a fresh slew per attempt.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

class DomeDrive {
  azimuth = 0;
  homed = false;
  homingRuns = 0;
  slewAttempts = 0;
  failNextSlews = 0;
  private homing: Promise<number> | undefined;

  home(): Promise<number> {
    this.homing ??= (async () => {
      this.homingRuns++;
      await delay(5);
      this.azimuth = 0;
      this.homed = true;
      return this.azimuth;
    })();
    return this.homing;
  }

  async slewTo(target: number): Promise<number> {
    if (!this.homed) throw new Error('dome must be homed before slewing');
    this.slewAttempts++;
    await delay(2);
    if (this.failNextSlews > 0) {
      this.failNextSlews--;
      throw new Error('shutter interlock tripped');
    }
    this.azimuth = ((target % 360) + 360) % 360;
    return this.azimuth;
  }
}

async function slewWithRetry(dome: DomeDrive, target: number, attempts: number): Promise<number> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await dome.slewTo(target);
    } catch (err) {
      lastError = err;
      await delay(1);
    }
  }
  throw lastError;
}

let dome: DomeDrive;

beforeEach(() => {
  dome = new DomeDrive();
});

test('homing is shared between concurrent callers', async () => {
  const ready = dome.home();
  assert.equal(await ready, 0);
  await dome.slewTo(90);
  assert.equal(await ready, 0, 'cached homing result is still the home azimuth');
  assert.equal(await dome.home(), 0);
  assert.equal(dome.homingRuns, 1);
});

test('slewing normalises the azimuth', async () => {
  await dome.home();
  assert.equal(await dome.slewTo(-45), 315);
  assert.equal(await dome.slewTo(725), 5);
});

test('slew retries after an interlock trip', async () => {
  await dome.home();
  dome.failNextSlews = 2;
  const azimuth = await slewWithRetry(dome, 180, 3);
  assert.equal(azimuth, 180);
  assert.equal(dome.slewAttempts, 3);
});

test('slew gives up after exhausting attempts', async () => {
  await dome.home();
  dome.failNextSlews = 5;
  await assert.rejects(slewWithRetry(dome, 10, 2), /interlock/);
  assert.equal(dome.slewAttempts, 2);
});

test('slewing before homing is refused', async () => {
  await assert.rejects(dome.slewTo(30), /must be homed/);
});
