// expect: no-promise-as-value
// assert.ok(wheel.isDoorLocked(g)) is handed the promise from an async method, which is always truthy, so the interlock test passes even when doors are unlocked.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';

interface WheelController {
  board(gondola: number, riders: number): Promise<void>;
  closeDoors(gondola: number): Promise<void>;
  isDoorLocked(gondola: number): Promise<boolean>;
  startRotation(): Promise<void>;
  stopRotation(): Promise<void>;
  speedRpm(): Promise<number>;
  faults(): Promise<string[]>;
}

declare function createSimulatedWheel(opts: { gondolas: number; lockDelayMs: number }): WheelController;

const GONDOLAS = 32;

describe('ferris wheel door interlock', () => {
  let wheel: WheelController;

  beforeEach(() => {
    wheel = createSimulatedWheel({ gondolas: GONDOLAS, lockDelayMs: 20 });
  });

  afterEach(async () => {
    await wheel.stopRotation();
  });

  it('locks every boarded gondola before rotation starts', async () => {
    const boarded = [1, 2, 3, 4];
    for (const g of boarded) {
      await wheel.board(g, 4);
      await wheel.closeDoors(g);
    }

    await wheel.startRotation();

    for (const g of boarded) {
      assert.ok(wheel.isDoorLocked(g), `gondola ${g} should be locked while rotating`);
    }
    assert.ok((await wheel.speedRpm()) > 0);
  });

  it('refuses to rotate with an open door', async () => {
    await wheel.board(7, 2);
    await assert.rejects(wheel.startRotation(), /door open on gondola 7/);
    assert.equal(await wheel.speedRpm(), 0);
  });

  it('logs no faults for a normal board, lock and rotate cycle', async () => {
    await wheel.board(12, 6);
    await wheel.closeDoors(12);
    await wheel.startRotation();
    await wheel.stopRotation();

    const faults = await wheel.faults();
    assert.deepEqual(faults, []);
  });

  it('stops within one revolution of the stop command', async () => {
    await wheel.board(1, 1);
    await wheel.closeDoors(1);
    await wheel.startRotation();
    const before = Date.now();
    await wheel.stopRotation();
    assert.equal(await wheel.speedRpm(), 0);
    assert.ok(Date.now() - before < 60_000 / 1.2);
  });
});
