// expect: require-signal-propagation
// fetchSeatMap passes its signal to fetch but backs off with a timers/promises sleep that ignores it, so an aborted caller still waits out the full retry delay.
import { setTimeout as sleep } from 'node:timers/promises';

export interface SeatMap {
  showId: string;
  rows: Array<{ row: string; seats: Array<{ n: number; status: 'free' | 'held' | 'sold' }> }>;
  fetchedAt: Date;
}

export class SeatMapError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'SeatMapError';
  }
}

export interface FetchSeatMapOptions {
  baseUrl: string;
  signal?: AbortSignal;
  attempts?: number;
  apiKey?: string;
}

function backoff(attempt: number): number {
  const base = 300 * 2 ** attempt;
  return base + Math.floor(Math.random() * base * 0.25);
}

function isAbort(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

export async function fetchSeatMap(showId: string, opts: FetchSeatMapOptions): Promise<SeatMap> {
  const attempts = opts.attempts ?? 4;
  const url = `${opts.baseUrl}/shows/${encodeURIComponent(showId)}/seatmap`;
  let lastError: unknown = new Error(`no attempt made for ${showId}`);

  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      const res = await fetch(url, {
        signal: opts.signal,
        headers: { accept: 'application/json', ...(opts.apiKey ? { 'x-api-key': opts.apiKey } : {}) },
      });
      if (res.status === 429 || res.status >= 500) {
        lastError = new SeatMapError(res.status, `box office busy (${res.status})`);
      } else if (!res.ok) {
        throw new SeatMapError(res.status, `seat map for ${showId} unavailable (${res.status})`);
      } else {
        const body = (await res.json()) as Omit<SeatMap, 'fetchedAt'>;
        return { ...body, fetchedAt: new Date() };
      }
    } catch (err) {
      if (isAbort(err) || err instanceof SeatMapError) throw err;
      lastError = err;
    }
    if (attempt < attempts - 1) await sleep(backoff(attempt));
  }
  throw lastError;
}

export function freeSeats(map: SeatMap): string[] {
  const free: string[] = [];
  for (const row of map.rows) {
    for (const seat of row.seats) {
      if (seat.status === 'free') free.push(`${row.row}${seat.n}`);
    }
  }
  return free;
}

export async function bestPair(showId: string, opts: FetchSeatMapOptions): Promise<[string, string] | null> {
  const map = await fetchSeatMap(showId, opts);
  for (const row of map.rows) {
    for (let i = 0; i + 1 < row.seats.length; i++) {
      const a = row.seats[i];
      const b = row.seats[i + 1];
      if (a.status === 'free' && b.status === 'free' && b.n === a.n + 1) {
        return [`${row.row}${a.n}`, `${row.row}${b.n}`];
      }
    }
  }
  return null;
}
