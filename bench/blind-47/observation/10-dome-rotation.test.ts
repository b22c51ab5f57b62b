// expect: none
// Each test starts the rotation promise, drives the fake motor synchronously, then awaits or asserts on it with no await in between.
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

class FakeDomeMotor extends EventEmitter {
  commanded: number[] = [];
  drive(azimuthDeg: number): void {
    this.commanded.push(azimuthDeg);
  }
}

class DomeRotator {
  constructor(private readonly motor: FakeDomeMotor, private readonly toleranceDeg = 0.5) {}

  rotateTo(azimuthDeg: number, timeoutMs = 1000): Promise<number> {
    const target = ((azimuthDeg % 360) + 360) % 360;
    return new Promise<number>((resolve, reject) => {
      const onPosition = (deg: number) => {
        const diff = Math.abs(((deg - target + 540) % 360) - 180);
        if (diff > this.toleranceDeg) return;
        done();
        resolve(deg);
      };
      const onError = (err: Error) => {
        done();
        reject(err);
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`dome did not reach ${target} deg`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.motor.off('position', onPosition);
        this.motor.off('error', onError);
      };
      this.motor.on('position', onPosition);
      this.motor.on('error', onError);
      this.motor.drive(target);
    });
  }
}

describe('DomeRotator', () => {
  let motor: FakeDomeMotor;
  let rotator: DomeRotator;

  beforeEach(() => {
    motor = new FakeDomeMotor();
    rotator = new DomeRotator(motor);
  });

  it('resolves once the encoder reports the target azimuth', async () => {
    const rotation = rotator.rotateTo(180);
    motor.emit('position', 120);
    motor.emit('position', 179.8);
    expect(await rotation).toBe(179.8);
    expect(motor.commanded).toEqual([180]);
  });

  it('normalises negative and wrapped azimuths', async () => {
    const rotation = rotator.rotateTo(-10);
    motor.emit('position', 350.2);
    expect(await rotation).toBe(350.2);
  });

  it('treats 359.9 as close enough to 0', async () => {
    const rotation = rotator.rotateTo(360);
    motor.emit('position', 359.9);
    expect(await rotation).toBe(359.9);
  });

  it('rejects on a motor fault and detaches its listeners', async () => {
    const rotation = rotator.rotateTo(90);
    motor.emit('error', new Error('ring gear slip'));
    await expect(rotation).rejects.toThrow(/ring gear slip/);
    expect(motor.listenerCount('position')).toBe(0);
  });

  it('times out when the dome never arrives', async () => {
    const rotation = rotator.rotateTo(45, 20);
    motor.emit('position', 10);
    await expect(rotation).rejects.toThrow(/did not reach 45/);
  });
});
