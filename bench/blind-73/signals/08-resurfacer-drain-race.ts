// expect: none
// The drain race cleans up both losers: the finally block clears the timeout timer and aborts the controller that owns the once() listener.
import { EventEmitter, once } from 'node:events';

export interface TankLevels {
  washWaterL: number;
  snowTankPct: number;
}

interface ResurfacerTank extends EventEmitter {
  readonly machineId: string;
  openDumpValve(): Promise<void>;
  closeDumpValve(): Promise<void>;
  levels(): Promise<TankLevels>;
}

declare const pitLog: {
  record(machineId: string, event: string, detail?: Record<string, unknown>): void;
};

export class DrainTimeoutError extends Error {
  constructor(machineId: string, ms: number) {
    super(`snow tank on ${machineId} did not drain within ${ms}ms`);
    this.name = 'DrainTimeoutError';
  }
}

export async function waitForDrained(tank: ResurfacerTank, ms: number, signal?: AbortSignal): Promise<TankLevels> {
  signal?.throwIfAborted();
  const listener = new AbortController();
  const onOuterAbort = (): void => listener.abort(signal?.reason);
  signal?.addEventListener('abort', onOuterAbort, { once: true });
  let timer: NodeJS.Timeout | undefined;

  try {
    await Promise.race([
      once(tank, 'drained', { signal: listener.signal }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new DrainTimeoutError(tank.machineId, ms)), ms);
      }),
    ]);
    return await tank.levels();
  } finally {
    clearTimeout(timer);
    listener.abort();
    signal?.removeEventListener('abort', onOuterAbort);
  }
}

export async function dumpSnow(tank: ResurfacerTank, signal?: AbortSignal): Promise<TankLevels> {
  const before = await tank.levels();
  if (before.snowTankPct < 5) {
    pitLog.record(tank.machineId, 'dump skipped', { snowTankPct: before.snowTankPct });
    return before;
  }

  await tank.openDumpValve();
  try {
    const timeoutMs = 20_000 + before.snowTankPct * 600;
    const after = await waitForDrained(tank, timeoutMs, signal);
    pitLog.record(tank.machineId, 'dumped', {
      fromPct: before.snowTankPct,
      toPct: after.snowTankPct,
    });
    return after;
  } finally {
    await tank.closeDumpValve();
  }
}

export async function betweenPeriods(tanks: ResurfacerTank[], signal?: AbortSignal): Promise<string[]> {
  const slow: string[] = [];
  for (const tank of tanks) {
    try {
      await dumpSnow(tank, signal);
    } catch (err) {
      if (!(err instanceof DrainTimeoutError)) throw err;
      slow.push(tank.machineId);
    }
  }
  return slow;
}
