// expect: none
// The lamp checks pass their signal to events.once and the timers/promises interval, and the catch rethrows aborts before logging real lamp faults.
import { EventEmitter, once } from 'node:events';
import { setInterval as every } from 'node:timers/promises';

export interface LampReading {
  rpm: number;
  lumens: number;
  bulbHours: number;
}

export interface LampDriver extends EventEmitter {
  ignite(): void;
  read(): LampReading;
  extinguish(): void;
}

export interface KeeperContext {
  station: string;
  signal: AbortSignal;
  log: (line: string) => void;
}

export class LampFaultError extends Error {
  constructor(readonly station: string, detail: string, options?: { cause?: unknown }) {
    super(`${station}: ${detail}`, options);
    this.name = 'LampFaultError';
  }
}

const MIN_RPM = 1.8; // one flash every ten seconds with the five-panel lens
const MIN_LUMENS = 9_000;

export async function lightUp(driver: LampDriver, ctx: KeeperContext): Promise<void> {
  const ready = once(driver, 'ready', { signal: ctx.signal });
  driver.ignite();
  await ready;
  ctx.log(`${ctx.station}: lamp lit`);
}

export async function watchRotation(
  driver: LampDriver,
  ctx: KeeperContext,
  checkEveryMs = 30_000,
): Promise<void> {
  let lowReadings = 0;
  try {
    for await (const _tick of every(checkEveryMs, undefined, { signal: ctx.signal })) {
      const reading = driver.read();
      if (reading.rpm < MIN_RPM || reading.lumens < MIN_LUMENS) {
        lowReadings++;
        ctx.log(`${ctx.station}: low reading ${reading.rpm.toFixed(2)}rpm / ${reading.lumens}lm`);
      } else {
        lowReadings = 0;
      }
      if (lowReadings >= 3) {
        throw new LampFaultError(ctx.station, 'rotation below minimum for three checks');
      }
    }
  } catch (err) {
    if (ctx.signal.aborted || (err instanceof Error && err.name === 'AbortError')) throw err;
    driver.extinguish();
    ctx.log(`${ctx.station}: lamp shut down after fault`);
    throw err instanceof LampFaultError
      ? err
      : new LampFaultError(ctx.station, 'driver error during watch', { cause: err });
  }
}

export async function keepWatch(driver: LampDriver, ctx: KeeperContext): Promise<void> {
  await lightUp(driver, ctx);
  await watchRotation(driver, ctx);
}
