// expect: no-reused-settled-promise
// The retry loop keeps awaiting the single ignition promise created before the loop, so after the first failure every "retry" just re-reads the same rejection instead of re-igniting.
import { setTimeout as sleep } from 'node:timers/promises';

export interface GasFurnace {
  id: string;
  ignite(): Promise<{ flameDetected: boolean; chamberC: number }>;
  purge(seconds: number): Promise<void>;
}

export interface Logger {
  warn(message: string, fields?: Record<string, unknown>): void;
}

export class IgnitionFailedError extends Error {
  constructor(
    readonly furnaceId: string,
    readonly attempts: number,
    options?: { cause?: unknown },
  ) {
    super(`furnace ${furnaceId} failed to light after ${attempts} attempts`, options);
    this.name = 'IgnitionFailedError';
  }
}

export interface IgnitionOptions {
  attempts?: number;
  purgeSeconds?: number;
  pauseMs?: number;
}

export async function lightFurnace(
  furnace: GasFurnace,
  log: Logger,
  { attempts = 3, purgeSeconds = 20, pauseMs = 5_000 }: IgnitionOptions = {},
): Promise<number> {
  let lastError: unknown;
  const ignition = furnace.ignite();

  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const { flameDetected, chamberC } = await ignition;
      if (!flameDetected) {
        throw new Error('no flame detected by the UV sensor');
      }
      return chamberC;
    } catch (err) {
      lastError = err;
      log.warn('ignition attempt failed', {
        furnace: furnace.id,
        attempt,
        error: err instanceof Error ? err.message : String(err),
      });
      if (attempt < attempts) {
        await furnace.purge(purgeSeconds);
        await sleep(pauseMs);
      }
    }
  }
  throw new IgnitionFailedError(furnace.id, attempts, { cause: lastError });
}
