// expect: none
// Non-abort failures become FeedError, but the catch checks signal.aborted first and rethrows the abort reason untouched.
import { setTimeout as sleep } from 'node:timers/promises';

export interface RaceResult {
  race: number;
  sailNumber: string;
  points: number;
  code?: 'DNF' | 'DNS' | 'OCS' | 'DSQ' | 'RET';
}

export interface SeriesStanding {
  sailNumber: string;
  total: number;
  net: number; // after discards
  races: number[];
}

export class FeedError extends Error {}

declare const RESULTS_FEED: string;

const POLL_INTERVAL_MS = 30_000;

async function fetchResults(eventId: string, signal: AbortSignal): Promise<RaceResult[]> {
  try {
    const res = await fetch(`${RESULTS_FEED}/events/${eventId}/results.json`, { signal });
    if (!res.ok) throw new FeedError(`results feed answered ${res.status}`);
    return (await res.json()) as RaceResult[];
  } catch (err) {
    if (signal.aborted) throw signal.reason;
    if (err instanceof FeedError) throw err;
    throw new FeedError(`results feed unreachable for ${eventId}`, { cause: err });
  }
}

export function standings(results: RaceResult[], discards: number, fleetSize: number): SeriesStanding[] {
  const bySail = new Map<string, number[]>();
  const races = Math.max(0, ...results.map((r) => r.race));
  for (const r of results) {
    const row = bySail.get(r.sailNumber) ?? Array<number>(races).fill(fleetSize + 1);
    row[r.race - 1] = r.code ? fleetSize + 1 : r.points;
    bySail.set(r.sailNumber, row);
  }
  return [...bySail.entries()]
    .map(([sailNumber, row]) => {
      const total = row.reduce((s, p) => s + p, 0);
      const worst = [...row].sort((a, b) => b - a).slice(0, discards);
      return { sailNumber, total, net: total - worst.reduce((s, p) => s + p, 0), races: row };
    })
    .sort((a, b) => a.net - b.net || a.sailNumber.localeCompare(b.sailNumber));
}

export async function followSeries(
  eventId: string,
  onUpdate: (table: SeriesStanding[]) => void,
  options: { signal: AbortSignal; discards?: number; fleetSize: number },
): Promise<void> {
  const { signal } = options;
  let lastSeen = '';
  while (!signal.aborted) {
    try {
      const results = await fetchResults(eventId, signal);
      const fingerprint = JSON.stringify(results);
      if (fingerprint !== lastSeen) {
        lastSeen = fingerprint;
        onUpdate(standings(results, options.discards ?? 1, options.fleetSize));
      }
    } catch (err) {
      if (!(err instanceof FeedError)) throw err;
      console.warn(`regatta feed: ${err.message}; retrying`);
    }
    await sleep(POLL_INTERVAL_MS, undefined, { signal });
  }
  signal.throwIfAborted();
}
