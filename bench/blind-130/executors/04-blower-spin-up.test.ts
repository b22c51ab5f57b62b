// expect: no-multiple-settle
// On success the poll interval is cleared but the timeout is not, so the timeout callback still runs later and calls reject on the already-resolved promise.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

class FakeMotor {
  rpm = 0;
  private ramp: ReturnType<typeof setInterval> | undefined;

  start(step: number): void {
    this.ramp = setInterval(() => {
      this.rpm += step;
    }, 100);
  }

  stop(): void {
    if (this.ramp) clearInterval(this.ramp);
    this.rpm = 0;
  }

  readRpm(): number {
    return this.rpm;
  }
}

function spinUp(motor: FakeMotor, targetRpm: number, timeoutMs: number): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const poll = setInterval(() => {
      const rpm = motor.readRpm();
      if (rpm >= targetRpm) {
        clearInterval(poll);
        resolve(rpm);
      }
    }, 50);

    setTimeout(() => {
      clearInterval(poll);
      reject(new Error(`blower did not reach ${targetRpm} rpm within ${timeoutMs}ms`));
    }, timeoutMs);
  });
}

describe('spinUp', () => {
  let motor: FakeMotor;

  beforeEach(() => {
    vi.useFakeTimers();
    motor = new FakeMotor();
  });

  afterEach(() => {
    motor.stop();
    vi.useRealTimers();
  });

  it('resolves with the rpm once the target is reached', async () => {
    motor.start(300);
    const result = spinUp(motor, 1200, 5_000);
    await vi.advanceTimersByTimeAsync(450);
    await expect(result).resolves.toBe(1200);
  });

  it('rejects when the motor is too slow', async () => {
    motor.start(10);
    const result = spinUp(motor, 1200, 1_000);
    const assertion = expect(result).rejects.toThrow(/did not reach 1200 rpm/);
    await vi.advanceTimersByTimeAsync(1_000);
    await assertion;
  });

  it('never resolves below the target', async () => {
    motor.start(100);
    const onResolve = vi.fn();
    spinUp(motor, 1000, 10_000).then(onResolve, () => {});
    await vi.advanceTimersByTimeAsync(800);
    expect(onResolve).not.toHaveBeenCalled();
  });
});
