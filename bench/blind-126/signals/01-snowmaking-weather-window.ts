// expect: require-signal-propagation
// The polling loop passes the signal to fetch but backs off with timers/promises setTimeout without it, so an abort during a backoff of up to fifteen minutes is not noticed until the sleep ends.
import { setTimeout as sleep } from 'node:timers/promises';

export interface WeatherReading {
  station: string;
  airC: number;
  relativeHumidity: number;
  wetBulbC: number;
  windKts: number;
  observedAt: string;
}

export interface WindowOptions {
  signal: AbortSignal;
  apiBase: string;
  maxWetBulbC: number;
  maxWindKts: number;
  initialPollMs?: number;
}

const MAX_BACKOFF_MS = 15 * 60_000;

export function wetBulbStull(airC: number, rh: number): number {
  return (
    airC * Math.atan(0.151977 * Math.sqrt(rh + 8.313659)) +
    Math.atan(airC + rh) -
    Math.atan(rh - 1.676331) +
    0.00391838 * rh ** 1.5 * Math.atan(0.023101 * rh) -
    4.686035
  );
}

async function fetchReading(apiBase: string, station: string, signal: AbortSignal): Promise<WeatherReading> {
  const res = await fetch(`${apiBase}/stations/${encodeURIComponent(station)}/latest`, {
    headers: { accept: 'application/json' },
    signal,
  });
  if (!res.ok) throw new Error(`weather station ${station} answered ${res.status}`);
  const body = (await res.json()) as { air_c: number; rh: number; wind_kts: number; observed_at: string };
  return {
    station,
    airC: body.air_c,
    relativeHumidity: body.rh,
    wetBulbC: wetBulbStull(body.air_c, body.rh),
    windKts: body.wind_kts,
    observedAt: body.observed_at,
  };
}

export async function waitForSnowmakingWindow(station: string, opts: WindowOptions): Promise<WeatherReading> {
  let backoff = opts.initialPollMs ?? 60_000;
  for (;;) {
    opts.signal.throwIfAborted();
    const reading = await fetchReading(opts.apiBase, station, opts.signal);
    if (reading.wetBulbC <= opts.maxWetBulbC && reading.windKts <= opts.maxWindKts) {
      return reading;
    }
    const marginC = reading.wetBulbC - opts.maxWetBulbC;
    const wait = marginC > 3 ? MAX_BACKOFF_MS : backoff;
    await sleep(wait);
    backoff = Math.min(backoff * 1.5, MAX_BACKOFF_MS);
  }
}

export async function nightShiftStart(stations: string[], opts: WindowOptions): Promise<WeatherReading> {
  const readings: WeatherReading[] = [];
  for (const station of stations) {
    readings.push(await waitForSnowmakingWindow(station, opts));
  }
  return readings.reduce((latest, r) => (r.observedAt > latest.observedAt ? r : latest));
}
