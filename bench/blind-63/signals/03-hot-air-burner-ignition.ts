// expect: none
// The ignition race's timer and flame listener share an AbortController that is aborted in finally, so neither loser outlives the race.
import { once } from 'node:events';
import type { EventEmitter } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';

export interface FlameEvent {
  burnerId: string;
  flameTempC: number;
}

export class IgnitionTimeoutError extends Error {
  constructor(readonly burnerId: string, readonly afterMs: number) {
    super(`burner ${burnerId} showed no flame within ${afterMs}ms`);
    this.name = 'IgnitionTimeoutError';
  }
}

declare const burnerRig: EventEmitter & {
  openPilotValve(burnerId: string): void;
  strikePiezo(burnerId: string): void;
  closePilotValve(burnerId: string): void;
};

async function awaitFlame(burnerId: string, timeoutMs: number, outer?: AbortSignal): Promise<FlameEvent> {
  const controller = new AbortController();
  const signal = outer ? AbortSignal.any([outer, controller.signal]) : controller.signal;
  try {
    const flame = (async () => {
      for (;;) {
        const [event] = (await once(burnerRig, 'flame', { signal })) as [FlameEvent];
        if (event.burnerId === burnerId) return event;
      }
    })();
    const timeout = delay(timeoutMs, undefined, { signal }).then(() => {
      throw new IgnitionTimeoutError(burnerId, timeoutMs);
    });
    return await Promise.race([flame, timeout]);
  } finally {
    controller.abort();
  }
}

export async function lightPilot(burnerId: string, options: { attempts?: number; timeoutMs?: number; signal?: AbortSignal } = {}): Promise<FlameEvent> {
  const attempts = options.attempts ?? 3;
  const timeoutMs = options.timeoutMs ?? 4_000;
  let lastTimeout: IgnitionTimeoutError | undefined;

  burnerRig.openPilotValve(burnerId);
  try {
    for (let attempt = 1; attempt <= attempts; attempt++) {
      options.signal?.throwIfAborted();
      burnerRig.strikePiezo(burnerId);
      try {
        const flame = await awaitFlame(burnerId, timeoutMs, options.signal);
        if (flame.flameTempC < 900) {
          throw new Error(`pilot on ${burnerId} burning cold at ${flame.flameTempC}°C; check for liquid propane`);
        }
        return flame;
      } catch (err) {
        if (!(err instanceof IgnitionTimeoutError)) throw err;
        lastTimeout = err;
      }
    }
    throw lastTimeout ?? new IgnitionTimeoutError(burnerId, timeoutMs);
  } catch (err) {
    burnerRig.closePilotValve(burnerId);
    throw err;
  }
}
