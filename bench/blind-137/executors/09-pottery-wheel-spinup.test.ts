// expect: none
// waitForSpinUp settles once per call: every handler detaches all three listeners before resolving or rejecting.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

class WheelMotor extends EventEmitter {
  rpm = 0;

  report(rpm: number): void {
    this.rpm = rpm;
    this.emit('rpm', rpm);
  }

  fault(code: string): void {
    this.emit('fault', new Error(`motor fault ${code}`));
  }

  stop(): void {
    this.rpm = 0;
    this.emit('stopped');
  }
}

function waitForSpinUp(motor: WheelMotor, targetRpm: number): Promise<number> {
  if (motor.rpm >= targetRpm) return Promise.resolve(motor.rpm);
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      motor.off('rpm', onRpm);
      motor.off('fault', onFault);
      motor.off('stopped', onStopped);
    };
    const onRpm = (rpm: number) => {
      if (rpm < targetRpm) return;
      cleanup();
      resolve(rpm);
    };
    const onFault = (err: Error) => {
      cleanup();
      reject(err);
    };
    const onStopped = () => {
      cleanup();
      reject(new Error(`wheel stopped before reaching ${targetRpm} rpm`));
    };
    motor.on('rpm', onRpm);
    motor.on('fault', onFault);
    motor.on('stopped', onStopped);
  });
}

describe('waitForSpinUp', () => {
  let motor: WheelMotor;

  before(() => {
    motor = new WheelMotor();
  });

  after(() => {
    motor.removeAllListeners();
  });

  test('resolves once the target rpm is reported', async () => {
    const spun = waitForSpinUp(motor, 180);
    motor.report(90);
    motor.report(150);
    motor.report(185);
    assert.equal(await spun, 185);
    assert.equal(motor.listenerCount('rpm'), 0);
  });

  test('resolves immediately when already spinning fast enough', async () => {
    motor.report(200);
    assert.equal(await waitForSpinUp(motor, 180), 200);
  });

  test('rejects on a motor fault and detaches its listeners', async () => {
    motor.stop();
    const outcome = assert.rejects(waitForSpinUp(motor, 240), /E7/);
    motor.report(100);
    motor.fault('E7');
    await outcome;
    assert.equal(motor.listenerCount('fault'), 0);
    assert.equal(motor.listenerCount('stopped'), 0);
  });

  test('rejects when the wheel is stopped mid spin-up', async () => {
    motor.stop();
    const outcome = assert.rejects(waitForSpinUp(motor, 240), /stopped before reaching 240/);
    motor.report(120);
    motor.stop();
    await outcome;
  });
});
