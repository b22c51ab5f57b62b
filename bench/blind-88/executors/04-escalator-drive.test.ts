// expect: none
// The nextEvent helper settles once: it listens with once() for the wanted event and for 'fault', and each handler removes the other before settling; waiters are created before the action that triggers them.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';

class EscalatorDrive extends EventEmitter {
  private speed = 0;
  private ramp: ReturnType<typeof setInterval> | undefined;

  start(targetSpeed: number) {
    clearInterval(this.ramp);
    this.ramp = setInterval(() => {
      this.speed = Math.min(targetSpeed, this.speed + 0.1);
      if (this.speed >= targetSpeed) {
        clearInterval(this.ramp);
        this.emit('running', this.speed);
      }
    }, 100);
  }

  tripBrake(reason: string) {
    clearInterval(this.ramp);
    this.speed = 0;
    this.emit('fault', new Error(`brake tripped: ${reason}`));
  }

  close() {
    clearInterval(this.ramp);
    this.removeAllListeners();
  }
}

function nextEvent<T>(drive: EscalatorDrive, event: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onEvent = (value: T) => {
      drive.off('fault', onFault);
      resolve(value);
    };
    const onFault = (err: Error) => {
      drive.off(event, onEvent);
      reject(err);
    };
    drive.once(event, onEvent);
    drive.once('fault', onFault);
  });
}

describe('EscalatorDrive', () => {
  let drive: EscalatorDrive;

  beforeEach(() => {
    vi.useFakeTimers();
    drive = new EscalatorDrive();
  });

  afterEach(() => {
    drive.close();
    vi.useRealTimers();
  });

  it('reaches rated speed after ramping', async () => {
    const running = nextEvent<number>(drive, 'running');
    drive.start(0.5);
    await vi.advanceTimersByTimeAsync(500);
    await expect(running).resolves.toBeCloseTo(0.5);
  });

  it('reports a brake trip during ramp-up', async () => {
    const running = nextEvent<number>(drive, 'running');
    drive.start(0.65);
    await vi.advanceTimersByTimeAsync(200);
    drive.tripBrake('handrail speed mismatch');
    await expect(running).rejects.toThrow(/handrail speed mismatch/);
  });

  it('does not leave listeners behind once settled', async () => {
    const running = nextEvent<number>(drive, 'running');
    drive.start(0.3);
    await vi.advanceTimersByTimeAsync(300);
    await running;
    expect(drive.listenerCount('fault')).toBe(0);
    expect(drive.listenerCount('running')).toBe(0);
  });

  it('emits running once per start', async () => {
    const spy = vi.fn();
    drive.on('running', spy);
    drive.start(0.2);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(spy).toHaveBeenCalledTimes(1);
  });
});
