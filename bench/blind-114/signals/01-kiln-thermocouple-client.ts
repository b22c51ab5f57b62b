// expect: none
// The caller's signal is passed to every fetch and to the backoff sleep, and failures after an abort are rethrown, so cancelling stops the loop immediately.
import { setTimeout as sleep } from 'node:timers/promises';

export interface ZoneReading {
  zone: 'top' | 'middle' | 'bottom';
  celsius: number;
  setpoint: number;
}

export interface KilnClientOptions {
  signal: AbortSignal;
  retries?: number;
  baseDelayMs?: number;
  token?: string;
}

export class KilnHttpError extends Error {
  constructor(readonly status: number, url: string) {
    super(`kiln controller returned ${status} for ${url}`);
    this.name = 'KilnHttpError';
  }
}

export async function readThermocouples(baseUrl: string, opts: KilnClientOptions): Promise<ZoneReading[]> {
  const { signal, retries = 3, baseDelayMs = 250 } = opts;
  const url = `${baseUrl}/api/zones`;

  for (let attempt = 0; ; attempt++) {
    try {
      const res = await fetch(url, {
        signal,
        headers: opts.token ? { authorization: `Bearer ${opts.token}` } : undefined,
      });
      if (!res.ok) throw new KilnHttpError(res.status, url);
      return (await res.json()) as ZoneReading[];
    } catch (err) {
      if (signal.aborted || attempt >= retries) throw err;
      if (err instanceof KilnHttpError && err.status < 500) throw err;
      await sleep(baseDelayMs * 2 ** attempt, undefined, { signal });
    }
  }
}

export async function setSegment(
  baseUrl: string,
  segment: { rampCPerHour: number; targetC: number; holdMinutes: number },
  opts: KilnClientOptions,
): Promise<void> {
  const res = await fetch(`${baseUrl}/api/program/segment`, {
    method: 'PUT',
    signal: opts.signal,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(segment),
  });
  if (!res.ok) throw new KilnHttpError(res.status, `${baseUrl}/api/program/segment`);
}

export async function hottestZone(baseUrl: string, opts: KilnClientOptions): Promise<ZoneReading> {
  const zones = await readThermocouples(baseUrl, opts);
  if (zones.length === 0) throw new Error('kiln reported no zones');
  return zones.reduce((max, z) => (z.celsius > max.celsius ? z : max));
}
