// expect: none
// The signal is forwarded to every fetch and to the backoff sleep, and an abort during either is rethrown rather than retried.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Departure {
  sailingId: string;
  route: string;
  scheduled: string;
  expected: string;
  status: 'on-time' | 'delayed' | 'cancelled' | 'boarding';
}

export interface BoardOptions {
  port: string;
  signal: AbortSignal;
  intervalMs?: number;
  onUpdate: (departures: Departure[]) => void;
  onError?: (err: unknown) => void;
}

async function loadDepartures(baseUrl: string, port: string, signal: AbortSignal): Promise<Departure[]> {
  const res = await fetch(`${baseUrl}/ports/${encodeURIComponent(port)}/departures?window=6h`, {
    headers: { accept: 'application/json' },
    signal,
  });
  if (!res.ok) throw new Error(`departures feed returned ${res.status}`);
  return (await res.json()) as Departure[];
}

/** Keeps the terminal display up to date until the signal aborts. */
export async function runDepartureBoard(baseUrl: string, options: BoardOptions): Promise<void> {
  const { port, signal, onUpdate, onError } = options;
  const intervalMs = options.intervalMs ?? 30_000;
  let failures = 0;

  while (true) {
    signal.throwIfAborted();
    try {
      const departures = await loadDepartures(baseUrl, port, signal);
      failures = 0;
      onUpdate(departures);
      await sleep(intervalMs, undefined, { signal });
    } catch (err) {
      if (signal.aborted) throw err;
      failures++;
      onError?.(err);
      const backoff = Math.min(intervalMs * 2 ** failures, 5 * 60_000);
      await sleep(backoff, undefined, { signal });
    }
  }
}

export function delayMinutes(d: Departure): number {
  return Math.round((Date.parse(d.expected) - Date.parse(d.scheduled)) / 60_000);
}

export function formatRow(d: Departure): string {
  const delay = delayMinutes(d);
  const note = d.status === 'cancelled' ? 'CANCELLED' : delay > 0 ? `+${delay} min` : d.status.toUpperCase();
  return `${d.scheduled.slice(11, 16)}  ${d.route.padEnd(24)} ${note}`;
}
