// expect: none
// Both the advisory request and the backoff sleep receive the caller's signal, and an abort is rethrown untouched instead of being retried.
import { setTimeout as sleep } from 'node:timers/promises';

export interface RouteAdvisory {
  sector: string;
  recommendedTrack: Array<[number, number]>;
  iceBeltWidthNm: number;
  validUntil: string;
}

export interface AdvisoryOptions {
  endpoint: string;
  sector: string;
  signal?: AbortSignal;
  attempts?: number;
  baseDelayMs?: number;
}

class RetryableStatus extends Error {
  constructor(readonly status: number) {
    super(`advisory service answered ${status}`);
    this.name = 'RetryableStatus';
  }
}

function isRetryable(err: unknown): boolean {
  if (err instanceof RetryableStatus) return true;
  return err instanceof TypeError; // network failure from fetch
}

async function requestOnce(url: string, signal?: AbortSignal): Promise<RouteAdvisory> {
  const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
  if (res.status === 429 || res.status >= 500) throw new RetryableStatus(res.status);
  if (!res.ok) throw new Error(`advisory request failed: ${res.status}`);
  return (await res.json()) as RouteAdvisory;
}

export async function fetchRouteAdvisory(options: AdvisoryOptions): Promise<RouteAdvisory> {
  const { endpoint, sector, signal, attempts = 4, baseDelayMs = 750 } = options;
  const url = `${endpoint}/advisories/${encodeURIComponent(sector)}`;

  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    signal?.throwIfAborted();
    try {
      return await requestOnce(url, signal);
    } catch (err) {
      if (signal?.aborted || !isRetryable(err) || attempt === attempts) throw err;
      lastError = err;
      const delay = baseDelayMs * 2 ** (attempt - 1) + Math.random() * 250;
      await sleep(delay, undefined, { signal });
    }
  }
  throw lastError;
}

export function isStale(advisory: RouteAdvisory, now = new Date()): boolean {
  return new Date(advisory.validUntil) <= now;
}

export function trackLengthNm(advisory: RouteAdvisory): number {
  let nm = 0;
  for (let i = 1; i < advisory.recommendedTrack.length; i++) {
    const [lat1, lon1] = advisory.recommendedTrack[i - 1];
    const [lat2, lon2] = advisory.recommendedTrack[i];
    const dLat = (lat2 - lat1) * 60;
    const dLon = (lon2 - lon1) * 60 * Math.cos(((lat1 + lat2) / 2) * (Math.PI / 180));
    nm += Math.hypot(dLat, dLon);
  }
  return nm;
}
