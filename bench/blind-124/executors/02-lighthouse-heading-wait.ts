// expect: no-multiple-settle
// On reaching the heading the poll interval is cleared but the deadline timer is not, so it later fires, stops the drive mid-sweep and calls reject on the already-resolved promise.
import { EventEmitter } from 'node:events';

export interface LampEncoder {
  /** current bearing of the lens assembly in degrees, 0 = true north */
  readonly degrees: number;
  readonly fault: string | null;
}

export interface RotationDrive {
  setSpeed(rpm: number): void;
  stop(): void;
}

export interface SweepStep {
  heading: number;
  rpm: number;
}

export class LampRotator extends EventEmitter {
  private readonly pollMs = 50;

  constructor(
    private readonly encoder: LampEncoder,
    private readonly drive: RotationDrive,
    private readonly toleranceDeg = 0.5,
  ) {
    super();
  }

  static normalize(deg: number): number {
    return ((deg % 360) + 360) % 360;
  }

  static angularDistance(a: number, b: number): number {
    const d = Math.abs(LampRotator.normalize(a) - LampRotator.normalize(b));
    return d > 180 ? 360 - d : d;
  }

  rotateTo(heading: number, rpm: number, deadlineMs: number): Promise<number> {
    const target = LampRotator.normalize(heading);
    this.drive.setSpeed(rpm);
    return new Promise<number>((resolve, reject) => {
      const deadline = setTimeout(() => {
        clearInterval(poll);
        this.drive.stop();
        reject(new Error(`lamp did not reach ${target}° within ${deadlineMs}ms`));
      }, deadlineMs);

      const poll = setInterval(() => {
        const fault = this.encoder.fault;
        if (fault) {
          clearInterval(poll);
          clearTimeout(deadline);
          this.drive.stop();
          reject(new Error(`encoder fault: ${fault}`));
          return;
        }
        const current = this.encoder.degrees;
        if (LampRotator.angularDistance(current, target) <= this.toleranceDeg) {
          clearInterval(poll);
          this.drive.stop();
          this.emit('heading', current);
          resolve(current);
        }
      }, this.pollMs);
    });
  }

  /** Walks the lens through a light character, e.g. a three-flash group. */
  async sweep(steps: SweepStep[], perStepMs: number): Promise<number[]> {
    const reached: number[] = [];
    for (const step of steps) {
      reached.push(await this.rotateTo(step.heading, step.rpm, perStepMs));
    }
    this.emit('sweep-complete', reached);
    return reached;
  }

  async park(restHeading = 0): Promise<void> {
    await this.rotateTo(restHeading, 0.5, 30_000);
  }
}
