// expect: no-reused-settled-promise
// waitForMode reads the controller state once before the loop and keeps re-awaiting that same settled promise, so it never sees the mode change.
import { test, describe, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

type EscalatorMode = 'running-up' | 'running-down' | 'braking' | 'stopped' | 'maintenance';

interface EscalatorState {
  readonly mode: EscalatorMode;
  readonly stepSpeedMps: number;
  readonly combPlateTripped: boolean;
}

class FakeEscalatorController extends EventEmitter {
  private state: EscalatorState = { mode: 'running-up', stepSpeedMps: 0.5, combPlateTripped: false };
  private timers: NodeJS.Timeout[] = [];

  async readState(): Promise<EscalatorState> {
    await sleep(5);
    return this.state;
  }

  tripCombPlate(): void {
    this.state = { ...this.state, mode: 'braking', combPlateTripped: true };
    this.emit('trip');
    // The real unit decelerates over roughly a second; compress that for tests.
    this.timers.push(
      setTimeout(() => {
        this.state = { ...this.state, mode: 'stopped', stepSpeedMps: 0 };
      }, 60),
    );
  }

  dispose(): void {
    this.timers.forEach(clearTimeout);
  }
}

async function waitForMode(
  controller: FakeEscalatorController,
  expected: EscalatorMode,
  timeoutMs = 1_000,
  intervalMs = 20,
): Promise<EscalatorState> {
  const deadline = Date.now() + timeoutMs;
  const reading = controller.readState();
  while (Date.now() < deadline) {
    const state = await reading;
    if (state.mode === expected) return state;
    await sleep(intervalMs);
  }
  throw new Error(`escalator did not reach "${expected}" within ${timeoutMs}ms`);
}

describe('comb plate safety circuit', () => {
  let controller: FakeEscalatorController;

  afterEach(() => controller?.dispose());

  test('tripping the comb plate brings the escalator to a stop', async () => {
    controller = new FakeEscalatorController();
    controller.tripCombPlate();

    const braking = await controller.readState();
    assert.equal(braking.mode, 'braking');

    const stopped = await waitForMode(controller, 'stopped');
    assert.equal(stopped.stepSpeedMps, 0);
    assert.ok(stopped.combPlateTripped);
  });

  test('an untripped escalator keeps running', async () => {
    controller = new FakeEscalatorController();
    const state = await waitForMode(controller, 'running-up', 200);
    assert.equal(state.combPlateTripped, false);
    assert.equal(state.stepSpeedMps, 0.5);
  });
});
