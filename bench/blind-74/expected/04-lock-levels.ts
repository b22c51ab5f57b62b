// expect: no-reused-settled-promise
// waitForLevel() starts one gauge reading before its loop and re-awaits that settled promise on every poll, so the level it sees never changes.
import { setTimeout as sleep } from 'node:timers/promises';

export type Chamber = 'upper' | 'lock' | 'lower';

export interface LevelPollOptions {
  toleranceM: number;
  pollMs: number;
  timeoutMs: number;
}

declare const gauges: {
  readLevel(chamber: Chamber): Promise<number>;
};

declare const paddles: {
  open(side: 'upstream' | 'downstream', fraction: number): Promise<void>;
  closeAll(): Promise<void>;
};

declare const gates: {
  open(side: 'upstream' | 'downstream'): Promise<void>;
  close(side: 'upstream' | 'downstream'): Promise<void>;
};

declare const keeperLog: {
  note(entry: string): Promise<void>;
};

const DEFAULT_POLL: LevelPollOptions = { toleranceM: 0.03, pollMs: 1_500, timeoutMs: 12 * 60_000 };

// Gauge datums differ per chamber; readings are corrected to the lock sill.
const DATUM_OFFSET_M: Record<Chamber, number> = { upper: 2.41, lock: 0, lower: -0.18 };

export class LockKeeper {
  private cycles = 0;

  async levelOf(chamber: Chamber): Promise<number> {
    const raw = await gauges.readLevel(chamber);
    return raw + DATUM_OFFSET_M[chamber];
  }

  async waitForLevel(chamber: Chamber, targetM: number, opts: Partial<LevelPollOptions> = {}): Promise<number> {
    const { toleranceM, pollMs, timeoutMs } = { ...DEFAULT_POLL, ...opts };
    const deadline = Date.now() + timeoutMs;
    const reading = this.levelOf(chamber);
    while (Date.now() < deadline) {
      const level = await reading;
      if (Math.abs(level - targetM) <= toleranceM) return level;
      await sleep(pollMs);
    }
    throw new Error(`${chamber} chamber did not reach ${targetM.toFixed(2)} m within ${timeoutMs / 1000} s`);
  }

  async passUp(boatName: string): Promise<void> {
    await keeperLog.note(`lock up: ${boatName}`);
    const lower = await this.levelOf('lower');
    const lockLevel = await this.levelOf('lock');
    if (Math.abs(lockLevel - lower) > DEFAULT_POLL.toleranceM) {
      throw new Error('lock chamber is not set for the lower pound; empty it first');
    }
    await gates.open('downstream');
    await keeperLog.note(`${boatName} in chamber`);
    await gates.close('downstream');

    const upper = await this.levelOf('upper');
    // Crack the ground paddles first so the boat is not thrown against the cill.
    await paddles.open('upstream', 0.25);
    await sleep(60_000);
    await paddles.open('upstream', 1);
    try {
      await this.waitForLevel('lock', upper);
    } finally {
      await paddles.closeAll();
    }
    await gates.open('upstream');
    this.cycles++;
    await keeperLog.note(`${boatName} out above, cycle ${this.cycles}`);
  }

  async emptyChamber(): Promise<void> {
    const lower = await this.levelOf('lower');
    await paddles.open('downstream', 1);
    try {
      await this.waitForLevel('lock', lower, { pollMs: 1_000 });
    } finally {
      await paddles.closeAll();
    }
  }
}
