// expect: no-multiple-settle
// waitForLevel resolves from an 'on' listener that is never removed, so every later reading above target settles again.
import { EventEmitter } from 'node:events';

export interface LevelReading {
  chamber: 'upper' | 'lower' | 'lock';
  metres: number;
  at: number;
}

declare const telemetry: EventEmitter & {
  subscribe(lockId: string): void;
  unsubscribe(lockId: string): void;
};

declare function openSluice(lockId: string, side: 'upper' | 'lower'): Promise<void>;
declare function closeSluice(lockId: string, side: 'upper' | 'lower'): Promise<void>;
declare function openGates(lockId: string, side: 'upper' | 'lower'): Promise<void>;

export class LockKeeper {
  constructor(private readonly lockId: string, private readonly tolerance = 0.03) {}

  waitForLevel(target: number, timeoutMs = 10 * 60_000): Promise<LevelReading> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`lock ${this.lockId} did not reach ${target}m within ${timeoutMs}ms`));
      }, timeoutMs);

      telemetry.on('reading', (reading: LevelReading) => {
        if (reading.chamber !== 'lock') return;
        if (Math.abs(reading.metres - target) <= this.tolerance) {
          clearTimeout(timer);
          resolve(reading);
        }
      });
    });
  }

  async lockUp(upperLevel: number): Promise<void> {
    telemetry.subscribe(this.lockId);
    try {
      await closeSluice(this.lockId, 'lower');
      await openSluice(this.lockId, 'upper');
      const reading = await this.waitForLevel(upperLevel);
      console.info(`lock ${this.lockId} level ${reading.metres}m, opening upper gates`);
      await closeSluice(this.lockId, 'upper');
      await openGates(this.lockId, 'upper');
    } finally {
      telemetry.unsubscribe(this.lockId);
    }
  }

  async lockDown(lowerLevel: number): Promise<void> {
    telemetry.subscribe(this.lockId);
    try {
      await closeSluice(this.lockId, 'upper');
      await openSluice(this.lockId, 'lower');
      await this.waitForLevel(lowerLevel);
      await closeSluice(this.lockId, 'lower');
      await openGates(this.lockId, 'lower');
    } finally {
      telemetry.unsubscribe(this.lockId);
    }
  }
}

export async function passageFor(bargeName: string, keeper: LockKeeper, direction: 'up' | 'down') {
  const started = Date.now();
  if (direction === 'up') await keeper.lockUp(4.2);
  else await keeper.lockDown(1.1);
  return { bargeName, direction, minutes: Math.round((Date.now() - started) / 60_000) };
}
