// expect: none
// pollUntil receives a function and calls it on every iteration, so each poll issues a fresh level reading instead of re-awaiting the first one.
import { setTimeout as sleep } from 'node:timers/promises';

export interface ReservoirSensor {
  levelPct(): Promise<number>;
}

export interface RefillValve {
  open(): Promise<void>;
  close(): Promise<void>;
}

export interface PollOptions {
  intervalMs: number;
  timeoutMs: number;
}

export async function pollUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  opts: PollOptions,
): Promise<T> {
  const deadline = Date.now() + opts.timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() + opts.intervalMs > deadline) {
      throw new Error(`condition not met within ${opts.timeoutMs}ms (last value ${JSON.stringify(value)})`);
    }
    await sleep(opts.intervalMs);
  }
}

const REFILL_BELOW_PCT = 25;
const FULL_PCT = 92;

export class BonsaiReservoir {
  private refills = 0;

  constructor(
    private readonly sensor: ReservoirSensor,
    private readonly valve: RefillValve,
  ) {}

  async topUpIfLow(): Promise<{ refilled: boolean; levelPct: number }> {
    const before = await this.sensor.levelPct();
    if (before >= REFILL_BELOW_PCT) return { refilled: false, levelPct: before };

    await this.valve.open();
    try {
      const levelPct = await pollUntil(
        () => this.sensor.levelPct(),
        (level) => level >= FULL_PCT,
        { intervalMs: 2_000, timeoutMs: 10 * 60_000 },
      );
      this.refills++;
      return { refilled: true, levelPct };
    } finally {
      // never leave the mains valve open, even if the float sensor fails
      await this.valve.close();
    }
  }

  refillCount(): number {
    return this.refills;
  }
}
