// expect: none
// The paddle and gate promises are stored but combined with Promise.all straight away, so nothing else is awaited before both have handlers.
import { setTimeout as delay } from 'node:timers/promises';

export type Side = 'upper' | 'lower';

export interface LockHardware {
  closeGates(side: Side, signal: AbortSignal): Promise<void>;
  openGates(side: Side, signal: AbortSignal): Promise<void>;
  setPaddles(side: Side, open: boolean, signal: AbortSignal): Promise<void>;
  chamberLevel(): Promise<number>;
  pondLevel(side: Side): Promise<number>;
}

export interface CycleLog {
  direction: 'up' | 'down';
  boats: string[];
  startedAt: Date;
  finishedAt?: Date;
}

const LEVEL_TOLERANCE_M = 0.03;
const LEVEL_POLL_MS = 2_000;

export class LockKeeper {
  private busy = false;

  constructor(private readonly hw: LockHardware) {}

  private async waitForLevel(side: Side, signal: AbortSignal): Promise<void> {
    for (;;) {
      const [chamber, pond] = await Promise.all([this.hw.chamberLevel(), this.hw.pondLevel(side)]);
      if (Math.abs(chamber - pond) <= LEVEL_TOLERANCE_M) return;
      await delay(LEVEL_POLL_MS, undefined, { signal });
    }
  }

  private async equalise(to: Side, signal: AbortSignal): Promise<void> {
    const other: Side = to === 'upper' ? 'lower' : 'upper';
    // Make sure the far end is sealed before letting water through.
    const sealFar = this.hw.closeGates(other, signal);
    const shutFarPaddles = this.hw.setPaddles(other, false, signal);
    await Promise.all([sealFar, shutFarPaddles]);

    await this.hw.setPaddles(to, true, signal);
    await this.waitForLevel(to, signal);
    await this.hw.setPaddles(to, false, signal);
    await this.hw.openGates(to, signal);
  }

  async workBoatsThrough(direction: 'up' | 'down', boats: string[], timeoutMs = 20 * 60_000): Promise<CycleLog> {
    if (this.busy) throw new Error('lock cycle already in progress');
    this.busy = true;
    const log: CycleLog = { direction, boats, startedAt: new Date() };
    const signal = AbortSignal.timeout(timeoutMs);

    try {
      const entry: Side = direction === 'up' ? 'lower' : 'upper';
      const exit: Side = direction === 'up' ? 'upper' : 'lower';

      await this.equalise(entry, signal);
      // boats move into the chamber and tie up before the exit side is worked
      await this.equalise(exit, signal);

      log.finishedAt = new Date();
      return log;
    } finally {
      this.busy = false;
    }
  }
}
