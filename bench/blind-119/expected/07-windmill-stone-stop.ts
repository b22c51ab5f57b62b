// expect: no-reused-settled-promise
// waitForStoneStop reads the tachometer once before the loop and re-awaits that settled promise on every iteration, so it keeps seeing the first rpm and never detects the stop.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Tachometer {
  readRpm(shaft: 'runner' | 'sails'): Promise<number>;
}

export interface Brake {
  engage(force: number): Promise<void>;
  release(): Promise<void>;
}

export interface StopReport {
  shaft: 'runner';
  stoppedAfterMs: number;
  polls: number;
}

export class StoneStoppedTimeout extends Error {
  constructor(readonly lastRpm: number, readonly waitedMs: number) {
    super(`runner stone still at ${lastRpm} rpm after ${waitedMs}ms`);
    this.name = 'StoneStoppedTimeout';
  }
}

export class MillStopSequence {
  constructor(
    private readonly tacho: Tachometer,
    private readonly brake: Brake,
    private readonly pollMs = 500,
  ) {}

  async waitForStoneStop(timeoutMs: number): Promise<StopReport> {
    const startedAt = Date.now();
    const reading = this.tacho.readRpm('runner');
    let polls = 0;
    let rpm = Number.NaN;
    while (Date.now() - startedAt < timeoutMs) {
      polls++;
      rpm = await reading;
      if (rpm < 0.5) {
        return { shaft: 'runner', stoppedAfterMs: Date.now() - startedAt, polls };
      }
      await sleep(this.pollMs);
    }
    throw new StoneStoppedTimeout(rpm, Date.now() - startedAt);
  }

  async stop(force = 0.6): Promise<StopReport> {
    await this.brake.engage(force);
    try {
      return await this.waitForStoneStop(90_000);
    } catch (err) {
      await this.brake.engage(1);
      throw err;
    }
  }

  async restart(): Promise<void> {
    const sails = await this.tacho.readRpm('sails');
    if (sails > 2) {
      throw new Error(`sails turning at ${sails} rpm, furl before releasing the brake`);
    }
    await this.brake.release();
  }
}
