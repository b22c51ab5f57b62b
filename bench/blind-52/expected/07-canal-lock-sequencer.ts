// expect: none
// Retries call the attempt factory afresh each time; the only promise awaited repeatedly is a memoised gate map, which is evicted if it fails.
import { setTimeout as sleep } from 'node:timers/promises';

export interface GateMap {
  lockId: string;
  upperGates: string[];
  lowerGates: string[];
  paddles: string[];
}

export interface LevelReading {
  upperM: number;
  chamberM: number;
  lowerM: number;
}

declare const lockPlc: {
  describe(lockId: string): Promise<GateMap>;
  levels(lockId: string): Promise<LevelReading>;
  open(actuator: string): Promise<void>;
  close(actuator: string): Promise<void>;
};

const LEVEL_TOLERANCE_M = 0.04;

async function retry<T>(attempt: () => Promise<T>, tries: number, delayMs: number): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await attempt();
    } catch (err) {
      lastError = err;
      await sleep(delayMs * (i + 1));
    }
  }
  throw lastError;
}

export class LockSequencer {
  private gateMap?: Promise<GateMap>;

  constructor(private readonly lockId: string) {}

  private gates(): Promise<GateMap> {
    if (!this.gateMap) {
      const pending = lockPlc.describe(this.lockId);
      this.gateMap = pending;
      pending.catch(() => {
        if (this.gateMap === pending) {
          this.gateMap = undefined;
        }
      });
    }
    return this.gateMap;
  }

  private async waitForLevel(target: 'upper' | 'lower', maxPolls = 120): Promise<LevelReading> {
    for (let i = 0; i < maxPolls; i++) {
      const reading = await retry(() => lockPlc.levels(this.lockId), 3, 200);
      const goal = target === 'upper' ? reading.upperM : reading.lowerM;
      if (Math.abs(reading.chamberM - goal) <= LEVEL_TOLERANCE_M) {
        return reading;
      }
      await sleep(5_000);
    }
    throw new Error(`lock ${this.lockId} chamber never levelled with ${target} pound`);
  }

  private async operate(actuators: readonly string[], action: 'open' | 'close'): Promise<void> {
    for (const actuator of actuators) {
      await retry(() => (action === 'open' ? lockPlc.open(actuator) : lockPlc.close(actuator)), 3, 500);
    }
  }

  async lockUp(): Promise<LevelReading> {
    const map = await this.gates();
    await this.operate(map.lowerGates, 'close');
    await this.operate(map.paddles.filter((p) => p.startsWith('upper')), 'open');
    const level = await this.waitForLevel('upper');
    await this.operate(map.paddles, 'close');
    await this.operate(map.upperGates, 'open');
    return level;
  }

  async lockDown(): Promise<LevelReading> {
    const map = await this.gates();
    await this.operate(map.upperGates, 'close');
    await this.operate(map.paddles.filter((p) => p.startsWith('lower')), 'open');
    const level = await this.waitForLevel('lower');
    await this.operate(map.paddles, 'close');
    await this.operate(map.lowerGates, 'open');
    return level;
  }

  forgetLayout(): void {
    this.gateMap = undefined;
  }
}
