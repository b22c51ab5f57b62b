// expect: no-reused-settled-promise
// fetchWithRetry starts the uplink request once and re-awaits that same settled promise on each retry, so every "retry" just rethrows the first failure.
import { setTimeout as sleep } from 'node:timers/promises';

export interface MastReading {
  mastId: string;
  takenAt: string;
  airTempC: number;
  windSpeedMs: number;
  windDirDeg: number;
  dustPm10: number;
  batteryV: number;
}

declare const uplink: {
  baseUrl: string;
  token: string;
};
declare const logger: { warn(message: string, meta?: Record<string, unknown>): void };

class UplinkError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'UplinkError';
  }
}

function isRetryable(err: unknown): boolean {
  if (err instanceof UplinkError) return err.status === 429 || err.status >= 500;
  return err instanceof TypeError; // fetch network failures surface as TypeError
}

async function requestLatest(mastId: string): Promise<MastReading> {
  const res = await fetch(`${uplink.baseUrl}/masts/${encodeURIComponent(mastId)}/latest`, {
    headers: { authorization: `Bearer ${uplink.token}`, accept: 'application/json' },
  });
  if (!res.ok) {
    throw new UplinkError(`mast ${mastId}: HTTP ${res.status}`, res.status);
  }
  return (await res.json()) as MastReading;
}

async function fetchWithRetry(mastId: string, attempts = 4): Promise<MastReading> {
  const request = requestLatest(mastId);
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await request;
    } catch (err) {
      lastError = err;
      if (!isRetryable(err) || attempt === attempts) break;
      // Satellite uplinks in the dunes drop out for tens of seconds; back off generously.
      const delayMs = 2_000 * 2 ** (attempt - 1);
      logger.warn('mast reading failed, retrying', { mastId, attempt, delayMs });
      await sleep(delayMs);
    }
  }
  throw lastError;
}

export function isSandstorm(reading: MastReading): boolean {
  return reading.windSpeedMs > 13.9 && reading.dustPm10 > 500;
}

export async function collectNetwork(mastIds: string[]): Promise<{ readings: MastReading[]; storms: string[] }> {
  const readings: MastReading[] = [];
  for (const mastId of mastIds) {
    const reading = await fetchWithRetry(mastId);
    if (reading.batteryV < 11.5) {
      logger.warn('mast battery low', { mastId, batteryV: reading.batteryV });
    }
    readings.push(reading);
  }
  return {
    readings,
    storms: readings.filter(isSandstorm).map((r) => r.mastId),
  };
}
