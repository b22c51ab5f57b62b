// expect: none
// Promises created before the trigger are awaited with no await in between, and assert.rejects attaches to the release promise immediately.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';

interface BrakeEvent {
  trolleyId: string;
  speedKmh: number;
  distanceM: number;
}

class BrakeTrolley extends EventEmitter {
  private locked = false;

  constructor(readonly trolleyId: string, private readonly limitKmh: number) {
    super();
  }

  reportSpeed(speedKmh: number): void {
    if (speedKmh > this.limitKmh && !this.locked) {
      this.locked = true;
      const distanceM = (speedKmh / 3.6) ** 2 / (2 * 6.5);
      queueMicrotask(() => this.emit('brake', { trolleyId: this.trolleyId, speedKmh, distanceM }));
    }
  }

  async release(operatorPin: string): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (operatorPin !== '4471') {
      throw new Error('release refused: bad operator pin');
    }
    if (!this.locked) {
      throw new Error('release refused: trolley not locked');
    }
    this.locked = false;
  }

  isLocked(): boolean {
    return this.locked;
  }
}

test('engages the brake above the speed limit', async () => {
  const trolley = new BrakeTrolley('T-07', 55);
  const braked = once(trolley, 'brake');
  trolley.reportSpeed(48);
  trolley.reportSpeed(61);
  const [event] = (await braked) as [BrakeEvent];
  assert.equal(event.trolleyId, 'T-07');
  assert.ok(event.distanceM > 10 && event.distanceM < 30);
  assert.equal(trolley.isLocked(), true);
});

test('only brakes once while locked', async () => {
  const trolley = new BrakeTrolley('T-02', 50);
  const events: BrakeEvent[] = [];
  trolley.on('brake', (e: BrakeEvent) => events.push(e));
  trolley.reportSpeed(70);
  trolley.reportSpeed(72);
  await once(trolley, 'brake');
  assert.equal(events.length, 1);
});

test('refuses release with a bad pin', async () => {
  const trolley = new BrakeTrolley('T-11', 50);
  trolley.reportSpeed(80);
  await assert.rejects(trolley.release('0000'), /bad operator pin/);
  assert.equal(trolley.isLocked(), true);
});

test('releases with the operator pin', async () => {
  const trolley = new BrakeTrolley('T-11', 50);
  const braked = once(trolley, 'brake');
  trolley.reportSpeed(80);
  await braked;
  await trolley.release('4471');
  assert.equal(trolley.isLocked(), false);
});

test('refuses to release an unlocked trolley', async () => {
  const trolley = new BrakeTrolley('T-03', 50);
  await assert.rejects(trolley.release('4471'), /not locked/);
});
