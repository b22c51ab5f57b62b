// expect: require-signal-propagation
// fetchTemperament passes the caller's signal to fetch but waits out its retry backoff with an uncancellable setTimeout, so aborting during a backoff leaves the tuning console hanging for up to eight seconds before anything notices.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Temperament {
  name: string;
  referenceHz: number;
  centsFromEqual: number[];
}

export interface FetchOptions {
  signal?: AbortSignal;
  attempts?: number;
}

export class TemperamentServiceError extends Error {
  constructor(readonly status: number, readonly url: string) {
    super(`temperament service answered ${status} for ${url}`);
    this.name = 'TemperamentServiceError';
  }
}

function isRetryable(status: number): boolean {
  return status === 429 || status === 502 || status === 503 || status === 504;
}

export async function fetchTemperament(baseUrl: string, name: string, opts: FetchOptions = {}): Promise<Temperament> {
  const { signal, attempts = 4 } = opts;
  const url = `${baseUrl}/temperaments/${encodeURIComponent(name)}`;
  let lastError: unknown;

  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0) {
      await sleep(Math.min(8_000, 500 * 2 ** attempt));
    }
    const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
    if (res.ok) {
      const body = (await res.json()) as Temperament;
      if (body.centsFromEqual.length !== 12) {
        throw new Error(`temperament ${name} must define 12 offsets, got ${body.centsFromEqual.length}`);
      }
      return body;
    }
    lastError = new TemperamentServiceError(res.status, url);
    if (!isRetryable(res.status)) break;
  }
  throw lastError;
}

const NOTE_NAMES = ['C', 'C#', 'D', 'D#', 'E', 'F', 'F#', 'G', 'G#', 'A', 'A#', 'B'];

export function targetFrequencies(t: Temperament, octave: number): Map<string, number> {
  const table = new Map<string, number>();
  NOTE_NAMES.forEach((note, i) => {
    const semitonesFromA4 = i - 9 + (octave - 4) * 12;
    const cents = semitonesFromA4 * 100 + t.centsFromEqual[i]!;
    table.set(`${note}${octave}`, t.referenceHz * 2 ** (cents / 1200));
  });
  return table;
}
