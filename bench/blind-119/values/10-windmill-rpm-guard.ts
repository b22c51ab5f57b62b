// expect: no-read-before-settle
// checkOverspeed reads this.lastRpm immediately after requesting a reading, before the 'rpm' listener that updates it has fired, so it always judges the previous sample.
import { EventEmitter } from 'node:events';

export interface TachometerLink extends EventEmitter {
  request(quantity: 'rpm' | 'torque'): void;
}

export interface BrakeActuator {
  apply(reason: string): void;
  release(): void;
}

export class SailOverspeedGuard extends EventEmitter {
  private lastRpm = 0;
  private lastRpmAt = 0;
  private braking = false;

  constructor(
    private readonly tacho: TachometerLink,
    private readonly brake: BrakeActuator,
    private readonly maxRpm = 18,
    private readonly resumeRpm = 12,
  ) {
    super();
  }

  checkOverspeed(): boolean {
    this.tacho.once('rpm', (rpm: number) => {
      this.lastRpm = rpm;
      this.lastRpmAt = Date.now();
    });
    this.tacho.request('rpm');

    if (this.lastRpm > this.maxRpm && !this.braking) {
      this.braking = true;
      this.brake.apply(`sail speed ${this.lastRpm} rpm exceeds ${this.maxRpm}`);
      this.emit('overspeed', this.lastRpm);
      return true;
    }
    if (this.braking && this.lastRpm < this.resumeRpm) {
      this.braking = false;
      this.brake.release();
    }
    return this.braking;
  }

  start(intervalMs = 1_000): () => void {
    const timer = setInterval(() => this.checkOverspeed(), intervalMs);
    return () => clearInterval(timer);
  }

  status(): { rpm: number; ageMs: number; braking: boolean } {
    return { rpm: this.lastRpm, ageMs: Date.now() - this.lastRpmAt, braking: this.braking };
  }
}
