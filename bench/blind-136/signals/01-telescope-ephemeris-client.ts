// expect: require-signal-propagation
// The Retry-After backoff sleeps with a plain timers/promises setTimeout that ignores the caller's signal, so an abort during a 503 backoff is not honoured until the sleep ends.
import { setTimeout as sleep } from 'node:timers/promises';

export interface EphemerisRow {
  utc: string;
  raDeg: number;
  decDeg: number;
  altitudeDeg: number;
  airmass: number;
}

export interface EphemerisRequest {
  target: string;
  site: string;
  start: Date;
  stop: Date;
  stepMinutes: number;
}

export interface FetchOptions {
  signal?: AbortSignal;
  retries?: number;
  maxBackoffSeconds?: number;
}

function toRow(raw: Record<string, unknown>): EphemerisRow {
  const num = (k: string): number => {
    const v = Number(raw[k]);
    if (!Number.isFinite(v)) throw new Error(`ephemeris field ${k} is not numeric`);
    return v;
  };
  return {
    utc: String(raw.utc),
    raDeg: num('ra'),
    decDeg: num('dec'),
    altitudeDeg: num('alt'),
    airmass: num('airmass'),
  };
}

export class EphemerisClient {
  constructor(private readonly baseUrl: string, private readonly apiKey: string) {}

  async fetchTrack(req: EphemerisRequest, opts: FetchOptions = {}): Promise<EphemerisRow[]> {
    const { signal, retries = 3, maxBackoffSeconds = 30 } = opts;
    const url = new URL('/v2/ephemeris', this.baseUrl);
    url.searchParams.set('target', req.target);
    url.searchParams.set('site', req.site);
    url.searchParams.set('start', req.start.toISOString());
    url.searchParams.set('stop', req.stop.toISOString());
    url.searchParams.set('step', `${req.stepMinutes}m`);

    for (let attempt = 0; ; attempt++) {
      signal?.throwIfAborted();
      const res = await fetch(url, {
        signal,
        headers: { authorization: `Bearer ${this.apiKey}`, accept: 'application/json' },
      });

      if (res.status === 503 && attempt < retries) {
        await res.body?.cancel();
        const retryAfter = Number(res.headers.get('retry-after') ?? 2 ** attempt);
        await sleep(Math.min(retryAfter, maxBackoffSeconds) * 1000);
        continue;
      }
      if (!res.ok) {
        throw new Error(`ephemeris service answered ${res.status} for ${req.target}`);
      }
      const body = (await res.json()) as { rows: Record<string, unknown>[] };
      return body.rows.map(toRow);
    }
  }

  static observableWindow(rows: EphemerisRow[], minAltitudeDeg = 30): EphemerisRow[] {
    return rows.filter((r) => r.altitudeDeg >= minAltitudeDeg && r.airmass <= 2);
  }
}
