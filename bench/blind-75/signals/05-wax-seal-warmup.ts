// expect: no-leaked-race
// The warm-up race never cancels its loser: the 45s delay timer keeps running after the stamper is ready, and the temperature wait keeps running after a timeout.
import { setTimeout as delay } from 'node:timers/promises';

export interface StamperReady {
  stamperId: string;
  waxTempC: number;
  warmedInMs: number;
}

interface SealStamper {
  readonly stamperId: string;
  setHeater(targetC: number): Promise<void>;
  waitForTemperature(targetC: number): Promise<number>;
  press(dieId: string, dwellMs: number): Promise<{ impressionDepthMm: number }>;
  heaterOff(): Promise<void>;
}

declare const stampingLine: {
  stampers(): SealStamper[];
};

declare const chanceryLog: {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
};

export class WarmupTimeoutError extends Error {
  constructor(readonly stamperId: string, readonly waitedMs: number) {
    super(`stamper ${stamperId} did not reach temperature within ${waitedMs}ms`);
    this.name = 'WarmupTimeoutError';
  }
}

const WAX_WORKING_TEMP_C: Record<string, number> = {
  sealing: 85,
  flexible: 78,
  traditional: 92,
};

export async function warmUp(
  stamper: SealStamper,
  wax: keyof typeof WAX_WORKING_TEMP_C,
  warmupMs = 45_000,
): Promise<StamperReady> {
  const target = WAX_WORKING_TEMP_C[wax];
  const started = Date.now();
  await stamper.setHeater(target);

  const waxTempC = await Promise.race([
    stamper.waitForTemperature(target),
    delay(warmupMs).then((): never => {
      throw new WarmupTimeoutError(stamper.stamperId, warmupMs);
    }),
  ]);

  const ready = { stamperId: stamper.stamperId, waxTempC, warmedInMs: Date.now() - started };
  chanceryLog.info('stamper warmed', { ...ready });
  return ready;
}

export async function warmLine(wax: keyof typeof WAX_WORKING_TEMP_C): Promise<StamperReady[]> {
  const ready: StamperReady[] = [];
  for (const stamper of stampingLine.stampers()) {
    try {
      ready.push(await warmUp(stamper, wax));
    } catch (err) {
      if (!(err instanceof WarmupTimeoutError)) throw err;
      chanceryLog.warn('stamper left cold', { stamperId: stamper.stamperId });
      await stamper.heaterOff();
    }
  }
  if (ready.length === 0) {
    throw new Error('no stamper on the line reached working temperature');
  }
  return ready;
}
