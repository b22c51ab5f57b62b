// expect: none
// Every assertion receives an awaited value; the one read made while raise() is still pending is of state that raise() sets synchronously before its first await.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setImmediate as tick } from 'node:timers/promises';

type BarrierState = 'down' | 'raising' | 'up' | 'lowering' | 'fault';

interface BarrierMotor {
  drive(direction: 'up' | 'down'): Promise<void>;
  loopDetectorOccupied(): Promise<boolean>;
}

class ExitBarrier {
  state: BarrierState = 'down';
  cycles = 0;

  constructor(private readonly motor: BarrierMotor) {}

  async raise(): Promise<BarrierState> {
    if (this.state === 'up' || this.state === 'raising') return this.state;
    this.state = 'raising';
    try {
      await this.motor.drive('up');
      this.state = 'up';
      this.cycles++;
    } catch {
      this.state = 'fault';
    }
    return this.state;
  }

  async lower(): Promise<BarrierState> {
    if (await this.motor.loopDetectorOccupied()) {
      // Never bring the arm down on a car still over the loop.
      return this.state;
    }
    this.state = 'lowering';
    await this.motor.drive('down');
    this.state = 'down';
    return this.state;
  }

  async isClear(): Promise<boolean> {
    return this.state === 'up' && !(await this.motor.loopDetectorOccupied());
  }
}

let occupied: boolean;
let failNextDrive: boolean;
let drives: Array<'up' | 'down'>;
let barrier: ExitBarrier;

beforeEach(() => {
  occupied = false;
  failNextDrive = false;
  drives = [];
  barrier = new ExitBarrier({
    async drive(direction) {
      await tick();
      drives.push(direction);
      if (failNextDrive) throw new Error('encoder mismatch');
    },
    async loopDetectorOccupied() {
      return occupied;
    },
  });
});

test('raise reports raising synchronously and up once the motor finishes', async () => {
  const raising = barrier.raise();
  assert.equal(barrier.state, 'raising');
  assert.equal(await raising, 'up');
  assert.equal(barrier.cycles, 1);
});

test('a second raise while already up does not drive the motor again', async () => {
  await barrier.raise();
  assert.equal(await barrier.raise(), 'up');
  assert.deepEqual(drives, ['up']);
});

test('a motor fault leaves the barrier in fault state', async () => {
  failNextDrive = true;
  assert.equal(await barrier.raise(), 'fault');
  assert.equal(barrier.cycles, 0);
});

test('the arm stays up while a car is over the loop', async () => {
  await barrier.raise();
  occupied = true;
  assert.equal(await barrier.lower(), 'up');
  assert.equal(await barrier.isClear(), false);
});

test('the arm lowers once the loop is clear', async () => {
  await barrier.raise();
  assert.ok(await barrier.isClear());
  assert.equal(await barrier.lower(), 'down');
  assert.deepEqual(drives, ['up', 'down']);
});
