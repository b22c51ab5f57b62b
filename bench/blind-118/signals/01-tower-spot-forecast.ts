// expect: none
// The caller's signal is passed to every fetch and to the timers/promises backoff sleep, so cancelling stops both the request and the wait between retries.
import { setTimeout as sleep } from 'node:timers/promises';

export interface SpotForecast {
  towerId: string;
  issuedAt: string;
  hainesIndex: number;
  relativeHumidity: number;
  windGustKmh: number;
  redFlag: boolean;
}

export interface ForecastOptions {
  signal: AbortSignal;
  attempts?: number;
  baseDelayMs?: number;
}

interface RawForecast {
  issued: string;
  haines: number;
  rh: number;
  gust_kmh: number;
  warnings?: string[];
}

function backoff(attempt: number, base: number): number {
  const jitter = Math.random() * base;
  return Math.min(base * 2 ** (attempt - 1) + jitter, 15_000);
}

function toForecast(towerId: string, raw: RawForecast): SpotForecast {
  return {
    towerId,
    issuedAt: raw.issued,
    hainesIndex: raw.haines,
    relativeHumidity: raw.rh,
    windGustKmh: raw.gust_kmh,
    redFlag: (raw.warnings ?? []).some((w) => w.toUpperCase().includes('RED FLAG')),
  };
}

export async function fetchSpotForecast(
  baseUrl: string,
  towerId: string,
  { signal, attempts = 4, baseDelayMs = 500 }: ForecastOptions,
): Promise<SpotForecast> {
  const url = new URL(`/spot/${encodeURIComponent(towerId)}`, baseUrl);
  for (let attempt = 1; ; attempt++) {
    const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
    if (res.ok) {
      return toForecast(towerId, (await res.json()) as RawForecast);
    }
    if ((res.status < 500 && res.status !== 429) || attempt >= attempts) {
      throw new Error(`spot forecast for ${towerId} failed with HTTP ${res.status}`);
    }
    await res.body?.cancel();
    await sleep(backoff(attempt, baseDelayMs), undefined, { signal });
  }
}

export async function fetchDistrictForecasts(
  baseUrl: string,
  towerIds: string[],
  signal: AbortSignal,
): Promise<SpotForecast[]> {
  return Promise.all(towerIds.map((id) => fetchSpotForecast(baseUrl, id, { signal })));
}
