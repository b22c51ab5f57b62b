// expect: none
// The gate arm forwards its signal to every timer, the deadline helper clears its timer and aborts the operation in finally, and the tests assert the AbortError surfaces.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

type ArmState = 'down' | 'raising' | 'up' | 'lowering';

class GateArm {
  state: ArmState = 'down';
  readonly history: ArmState[] = [];

  constructor(private readonly travelMs: number) {}

  private set(next: ArmState) {
    this.state = next;
    this.history.push(next);
  }

  async raise(signal?: AbortSignal): Promise<void> {
    this.set('raising');
    await sleep(this.travelMs, undefined, { signal });
    this.set('up');
  }

  async admitVehicle(plate: string, dwellMs: number, signal?: AbortSignal): Promise<string> {
    await this.raise(signal);
    await sleep(dwellMs, undefined, { signal });
    this.set('lowering');
    await sleep(this.travelMs, undefined, { signal });
    this.set('down');
    return plate;
  }
}

async function withDeadline<T>(ms: number, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`deadline of ${ms}ms exceeded`)), ms);
  });
  try {
    return await Promise.race([run(controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

describe('GateArm', () => {
  it('cycles raise, dwell and lower for a vehicle', async () => {
    const arm = new GateArm(5);
    const plate = await withDeadline(1_000, (signal) => arm.admitVehicle('7KXR214', 5, signal));

    assert.equal(plate, '7KXR214');
    assert.deepEqual(arm.history, ['raising', 'up', 'lowering', 'down']);
  });

  it('stops mid-raise when the entry lane is cancelled', async () => {
    const arm = new GateArm(200);
    const lane = new AbortController();

    const pending = arm.admitVehicle('4BRT992', 50, lane.signal);
    await sleep(10);
    lane.abort();

    await assert.rejects(pending, { name: 'AbortError' });
    assert.equal(arm.state, 'raising');
  });

  it('refuses to start when the lane is already closed', async () => {
    const arm = new GateArm(5);
    await assert.rejects(arm.raise(AbortSignal.abort()), { name: 'AbortError' });
    assert.deepEqual(arm.history, ['raising']);
  });

  it('rejects when the arm takes longer than the deadline', async () => {
    const arm = new GateArm(500);
    await assert.rejects(
      withDeadline(20, (signal) => arm.admitVehicle('9LMN001', 5, signal)),
      /deadline of 20ms exceeded/,
    );
  });
});
