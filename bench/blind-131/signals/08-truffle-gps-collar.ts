// expect: none
// The retry loop rethrows at once when the signal is aborted or the error is an AbortError, and its backoff sleep takes the same signal, so cancellation is never retried or hidden.
import { setTimeout as sleep } from 'node:timers/promises';

export interface TrackPoint {
  lat: number;
  lon: number;
  at: string;
  digging: boolean;
}

export interface CollarTrack {
  dogId: string;
  points: TrackPoint[];
}

export interface TrackOptions {
  signal: AbortSignal;
  attempts?: number;
  gateway?: string;
}

class GatewayError extends Error {
  constructor(readonly status: number) {
    super(`collar gateway answered ${status}`);
    this.name = 'GatewayError';
  }
}

export async function fetchCollarTrack(dogId: string, sinceIso: string, options: TrackOptions): Promise<CollarTrack> {
  const { signal } = options;
  const attempts = options.attempts ?? 4;
  const gateway = options.gateway ?? 'https://collars.truffle-school.example';
  const url = `${gateway}/dogs/${encodeURIComponent(dogId)}/track?since=${encodeURIComponent(sinceIso)}`;
  let lastError: unknown;

  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const res = await fetch(url, { signal });
      if (!res.ok) throw new GatewayError(res.status);
      const points = (await res.json()) as TrackPoint[];
      return { dogId, points };
    } catch (err) {
      if (signal.aborted || (err as Error).name === 'AbortError') throw err;
      if (err instanceof GatewayError && err.status < 500) throw err;
      lastError = err;
      if (attempt < attempts) await sleep(250 * 2 ** attempt, undefined, { signal });
    }
  }
  throw new Error(`collar track for ${dogId} unavailable after ${attempts} attempts`, { cause: lastError });
}

export function digSites(track: CollarTrack, minDwell = 3): TrackPoint[] {
  const sites: TrackPoint[] = [];
  let run: TrackPoint[] = [];
  for (const p of track.points) {
    if (p.digging) {
      run.push(p);
      continue;
    }
    if (run.length >= minDwell) sites.push(run[0]);
    run = [];
  }
  if (run.length >= minDwell) sites.push(run[0]);
  return sites;
}
