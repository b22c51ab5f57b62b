// expect: require-signal-propagation
// watchClimate passes its signal to fetch but backs off between polls with a timers/promises sleep that is not given the signal, so an abort waits out the whole backoff.
import { setTimeout as sleep } from 'node:timers/promises';

export interface ClimateReading {
  humidorId: string;
  rh: number;
  tempC: number;
  sampledAt: string;
}

export interface WatchOptions {
  signal: AbortSignal;
  intervalMs?: number;
  maxBackoffMs?: number;
}

function isClimateReading(value: unknown): value is ClimateReading {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.humidorId === 'string' &&
    typeof v.rh === 'number' &&
    typeof v.tempC === 'number' &&
    typeof v.sampledAt === 'string'
  );
}

export async function watchClimate(
  url: string,
  onReading: (reading: ClimateReading) => void,
  options: WatchOptions,
): Promise<never> {
  const { signal } = options;
  const intervalMs = options.intervalMs ?? 60_000;
  const maxBackoffMs = options.maxBackoffMs ?? 15 * 60_000;
  let delay = intervalMs;

  for (;;) {
    signal.throwIfAborted();
    try {
      const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
      if (!res.ok) throw new Error(`climate feed answered ${res.status}`);
      const body: unknown = await res.json();
      if (!isClimateReading(body)) throw new Error('climate feed sent a malformed reading');
      onReading(body);
      delay = intervalMs;
    } catch (err) {
      if (signal.aborted) throw err;
      delay = Math.min(delay * 2, maxBackoffMs);
      console.warn(`humidor feed ${url}: ${(err as Error).message}; retrying in ${delay / 1000}s`);
    }
    await sleep(delay);
  }
}

export type BandStatus = 'ok' | 'dry' | 'wet' | 'hot';

export function classifyReading(r: ClimateReading, band = { min: 60, max: 72, maxTempC: 24 }): BandStatus {
  if (r.tempC > band.maxTempC) return 'hot';
  if (r.rh < band.min) return 'dry';
  if (r.rh > band.max) return 'wet';
  return 'ok';
}

export function watchReedRoom(urls: string[], signal: AbortSignal, onAlert: (r: ClimateReading, s: BandStatus) => void): Promise<never[]> {
  return Promise.all(
    urls.map((url) =>
      watchClimate(
        url,
        (reading) => {
          const status = classifyReading(reading);
          if (status !== 'ok') onAlert(reading, status);
        },
        { signal },
      ),
    ),
  );
}
