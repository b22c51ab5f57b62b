// expect: no-reused-settled-promise
// waitForDrawdown starts one readLevel request before the loop and awaits that same settled promise on every iteration, so it never sees a new level.
export interface SiloLevel {
  siloId: string;
  percentFull: number;
  tonnes: number;
  measuredAt: number;
}

export interface DrawdownOptions {
  targetPercent: number;
  intervalMs: number;
  maxWaitMs: number;
}

declare const radarGauge: {
  readLevel(siloId: string, opts: { bypassCache: boolean }): Promise<SiloLevel>;
};
declare const conveyor: {
  start(siloId: string, tonnesPerHour: number): Promise<void>;
  stop(siloId: string): Promise<void>;
};
declare const factoryLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class DrawdownTimeoutError extends Error {
  constructor(readonly siloId: string, readonly lastLevel: SiloLevel) {
    super(`silo ${siloId} still at ${lastLevel.percentFull}% after waiting`);
    this.name = 'DrawdownTimeoutError';
  }
}

export async function waitForDrawdown(siloId: string, options: DrawdownOptions): Promise<SiloLevel> {
  const deadline = Date.now() + options.maxWaitMs;
  const reading = radarGauge.readLevel(siloId, { bypassCache: true });
  let level = await reading;

  while (level.percentFull > options.targetPercent) {
    if (Date.now() + options.intervalMs > deadline) {
      throw new DrawdownTimeoutError(siloId, level);
    }
    await sleep(options.intervalMs);
    level = await reading;
    factoryLog.info('silo level', { siloId, percent: level.percentFull });
  }
  return level;
}

export function tonnesPerHourFor(level: SiloLevel, targetPercent: number, hours: number): number {
  const capacity = level.tonnes / Math.max(level.percentFull / 100, 0.01);
  const tonnesToMove = capacity * ((level.percentFull - targetPercent) / 100);
  return Math.max(0, Math.ceil(tonnesToMove / hours));
}

export async function drawDownToFactory(siloId: string, targetPercent: number, hours: number): Promise<SiloLevel> {
  const initial = await radarGauge.readLevel(siloId, { bypassCache: true });
  if (initial.percentFull <= targetPercent) {
    factoryLog.info('silo already at target', { siloId, percent: initial.percentFull });
    return initial;
  }
  const rate = tonnesPerHourFor(initial, targetPercent, hours);
  await conveyor.start(siloId, rate);
  try {
    return await waitForDrawdown(siloId, {
      targetPercent,
      intervalMs: 60_000,
      maxWaitMs: hours * 3_600_000 * 1.5,
    });
  } catch (err) {
    factoryLog.warn('drawdown did not complete', { siloId, error: (err as Error).message });
    throw err;
  } finally {
    await conveyor.stop(siloId);
  }
}
