// expect: none
// The fix query and the deadline sleep share one AbortController that the finally block aborts, so whichever side loses the race is cancelled and no timer or request is left running.
import { setTimeout as sleep } from 'node:timers/promises';

export interface BeaconFix {
  beaconId: string;
  lat: number;
  lon: number;
  depthM: number;
  rangeErrorM: number;
}

export interface TransponderClient {
  queryFix(beaconId: string, opts: { signal: AbortSignal }): Promise<BeaconFix>;
}

const DEADLINE = Symbol('deadline');

export async function locateBeacon(
  client: TransponderClient,
  beaconId: string,
  deadlineMs: number,
  outer?: AbortSignal,
): Promise<BeaconFix> {
  const ac = new AbortController();
  const signal = outer ? AbortSignal.any([outer, ac.signal]) : ac.signal;
  try {
    const winner = await Promise.race([
      client.queryFix(beaconId, { signal }),
      sleep(deadlineMs, DEADLINE, { signal }),
    ]);
    if (winner === DEADLINE) throw new Error(`no acoustic fix from ${beaconId} within ${deadlineMs}ms`);
    return winner;
  } finally {
    ac.abort();
  }
}

export interface WreckSite {
  name: string;
  beacons: string[];
}

export async function surveySite(
  client: TransponderClient,
  site: WreckSite,
  deadlineMs: number,
  signal?: AbortSignal,
): Promise<{ fixes: BeaconFix[]; silent: string[] }> {
  const fixes: BeaconFix[] = [];
  const silent: string[] = [];
  // The hydrophone can only listen for one transponder code at a time.
  for (const beaconId of site.beacons) {
    signal?.throwIfAborted();
    try {
      fixes.push(await locateBeacon(client, beaconId, deadlineMs, signal));
    } catch (err) {
      if (signal?.aborted) throw err;
      silent.push(beaconId);
    }
  }
  return { fixes, silent };
}

export function centroid(fixes: BeaconFix[]): { lat: number; lon: number } | null {
  if (fixes.length === 0) return null;
  const weight = (f: BeaconFix) => 1 / Math.max(0.5, f.rangeErrorM);
  const total = fixes.reduce((t, f) => t + weight(f), 0);
  return {
    lat: fixes.reduce((t, f) => t + f.lat * weight(f), 0) / total,
    lon: fixes.reduce((t, f) => t + f.lon * weight(f), 0) / total,
  };
}
