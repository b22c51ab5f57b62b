// expect: no-reused-settled-promise
// withRetry takes an already-started promise, so each "retry" re-awaits the same rejected sensor read instead of issuing a new one.
import { setTimeout as delay } from "node:timers/promises";

export interface BrixReading {
  panId: string;
  brix: number;
  temperatureC: number;
  sampledAt: Date;
}

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
}

declare const refractometer: {
  readBrix(panId: string): Promise<BrixReading>;
};

declare const evaporator: {
  openDrawOff(panId: string): Promise<void>;
  closeDrawOff(panId: string): Promise<void>;
  pans(): Promise<string[]>;
};

declare const log: {
  warn(msg: string): void;
  info(msg: string): void;
};

const DEFAULT_POLICY: RetryPolicy = { attempts: 4, baseDelayMs: 250 };
const SYRUP_BRIX = 66.9;

export class RetryExhaustedError extends Error {
  constructor(readonly label: string, readonly lastError: unknown) {
    super(`${label} failed after retries`);
    this.name = "RetryExhaustedError";
  }
}

async function withRetry<T>(operation: Promise<T>, label: string, policy: RetryPolicy = DEFAULT_POLICY): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    try {
      return await operation;
    } catch (err) {
      lastError = err;
      log.warn(`${label}: attempt ${attempt}/${policy.attempts} failed: ${String(err)}`);
      if (attempt < policy.attempts) {
        await delay(policy.baseDelayMs * 2 ** (attempt - 1));
      }
    }
  }
  throw new RetryExhaustedError(label, lastError);
}

export async function drawOffReadyPans(): Promise<BrixReading[]> {
  const drawn: BrixReading[] = [];
  for (const panId of await evaporator.pans()) {
    const reading = await withRetry(refractometer.readBrix(panId), `brix:${panId}`);
    if (reading.brix < SYRUP_BRIX) {
      log.info(`pan ${panId} at ${reading.brix.toFixed(1)}°Bx, not ready`);
      continue;
    }
    await evaporator.openDrawOff(panId);
    try {
      await delay(8000);
    } finally {
      await evaporator.closeDrawOff(panId);
    }
    drawn.push(reading);
  }
  return drawn;
}
