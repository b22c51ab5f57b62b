// expect: none
// The retry loop rethrows as soon as the caller's signal is aborted and its backoff sleep takes the same signal, so cancellation is never retried, wrapped or turned into a fallback reading.
import { setTimeout as sleep } from 'node:timers/promises';

export interface CaveReading {
  cave: string;
  tempC: number;
  humidity: number;
  ammoniaPpm: number;
}

export interface RetryOptions {
  signal: AbortSignal;
  attempts?: number;
  baseDelayMs?: number;
}

export class SensorHubError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
    this.name = 'SensorHubError';
  }
}

function isRetryable(err: unknown): boolean {
  if (err instanceof SensorHubError) return err.status >= 500 || err.status === 429;
  return err instanceof TypeError; // fetch network failure
}

async function fetchReading(hubUrl: string, cave: string, signal: AbortSignal): Promise<CaveReading> {
  const res = await fetch(`${hubUrl}/caves/${encodeURIComponent(cave)}/latest`, { signal });
  if (!res.ok) {
    throw new SensorHubError(`sensor hub answered ${res.status} for ${cave}`, res.status);
  }
  return (await res.json()) as CaveReading;
}

export async function readCave(hubUrl: string, cave: string, opts: RetryOptions): Promise<CaveReading> {
  const attempts = opts.attempts ?? 4;
  const baseDelayMs = opts.baseDelayMs ?? 500;
  let lastError: unknown;

  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await fetchReading(hubUrl, cave, opts.signal);
    } catch (err) {
      if (opts.signal.aborted) throw err;
      if (!isRetryable(err) || attempt === attempts) throw err;
      lastError = err;
    }
    const jitter = Math.random() * baseDelayMs;
    await sleep(baseDelayMs * 2 ** (attempt - 1) + jitter, undefined, { signal: opts.signal });
  }

  throw lastError;
}

export async function ammoniaAlerts(
  hubUrl: string,
  caves: readonly string[],
  limitPpm: number,
  signal: AbortSignal,
): Promise<string[]> {
  const readings = await Promise.all(caves.map((cave) => readCave(hubUrl, cave, { signal })));
  return readings.filter((r) => r.ammoniaPpm > limitPpm).map((r) => `${r.cave}: ${r.ammoniaPpm} ppm NH3`);
}
