// expect: no-leaked-race
// waitForLevel races the gauge against a timers/promises sleep that is never cancelled, so every successful lockage leaves a pending timer (and a timeout leaves the gauge listener attached).
import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

export interface LevelReading {
  lockId: string;
  chamberM: number;
  upstreamM: number;
  downstreamM: number;
}

export type Direction = 'up' | 'down';

declare const levelGauge: EventEmitter;

declare const paddles: {
  raise(lockId: string, side: 'top' | 'bottom'): Promise<void>;
  lower(lockId: string, side: 'top' | 'bottom'): Promise<void>;
};

declare const gates: {
  open(lockId: string, side: 'top' | 'bottom'): Promise<void>;
};

export class LockTimeoutError extends Error {
  constructor(lockId: string, ms: number) {
    super(`lock ${lockId} did not make a level within ${Math.round(ms / 1000)}s`);
    this.name = 'LockTimeoutError';
  }
}

function levelMade(lockId: string, direction: Direction): Promise<LevelReading> {
  return new Promise<LevelReading>((resolve, reject) => {
    const onReading = (reading: LevelReading) => {
      if (reading.lockId !== lockId) return;
      const target = direction === 'up' ? reading.upstreamM : reading.downstreamM;
      if (Math.abs(reading.chamberM - target) > 0.02) return;
      levelGauge.off('reading', onReading);
      levelGauge.off('error', onError);
      resolve(reading);
    };
    const onError = (err: Error) => {
      levelGauge.off('reading', onReading);
      levelGauge.off('error', onError);
      reject(err);
    };
    levelGauge.on('reading', onReading);
    levelGauge.on('error', onError);
  });
}

async function waitForLevel(lockId: string, direction: Direction, timeoutMs: number): Promise<LevelReading> {
  return Promise.race([
    levelMade(lockId, direction),
    sleep(timeoutMs).then(() => {
      throw new LockTimeoutError(lockId, timeoutMs);
    }),
  ]);
}

export async function workLock(lockId: string, direction: Direction): Promise<LevelReading> {
  // Going up: fill from the top paddles, then open the top gates.
  const fillSide = direction === 'up' ? 'top' : 'bottom';
  await paddles.raise(lockId, fillSide);
  try {
    const reading = await waitForLevel(lockId, direction, 12 * 60_000);
    await gates.open(lockId, fillSide);
    return reading;
  } finally {
    await paddles.lower(lockId, fillSide);
  }
}

export async function workFlight(lockIds: string[], direction: Direction): Promise<LevelReading[]> {
  const order = direction === 'up' ? lockIds : [...lockIds].reverse();
  const readings: LevelReading[] = [];
  for (const lockId of order) {
    readings.push(await workLock(lockId, direction));
  }
  return readings;
}
