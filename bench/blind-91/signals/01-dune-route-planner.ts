// expect: require-signal-propagation
// The caller's signal reaches fetch, but the retry backoff sleeps with timers/promises without { signal }, so an aborted planning request still waits out the full backoff.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Waypoint {
  name: string;
  lat: number;
  lon: number;
  sandDepthCm?: number;
}

export interface PlannedRoute {
  tourId: string;
  waypoints: Waypoint[];
  distanceKm: number;
  durationMin: number;
  closures: string[];
}

export interface PlanOptions {
  signal?: AbortSignal;
  attempts?: number;
  baseDelayMs?: number;
}

const ROUTING_API = process.env.DUNE_ROUTING_URL ?? 'https://routing.internal.example/v1';

class RetryableStatus extends Error {
  constructor(readonly status: number) {
    super(`routing service answered ${status}`);
  }
}

function backoff(attempt: number, baseMs: number): number {
  const jitter = Math.random() * baseMs;
  return Math.min(30_000, baseMs * 2 ** (attempt - 1) + jitter);
}

export async function planRoute(tourId: string, stops: Waypoint[], opts: PlanOptions = {}): Promise<PlannedRoute> {
  const attempts = opts.attempts ?? 4;
  const baseDelayMs = opts.baseDelayMs ?? 500;

  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch(`${ROUTING_API}/tours/${encodeURIComponent(tourId)}/plan`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ stops, vehicle: 'dune-buggy', avoid: ['protected-dunes'] }),
        signal: opts.signal,
      });
      if (res.status === 429 || res.status >= 500) throw new RetryableStatus(res.status);
      if (!res.ok) throw new Error(`route planning for ${tourId} failed: ${res.status}`);
      return (await res.json()) as PlannedRoute;
    } catch (err) {
      if (opts.signal?.aborted) throw err;
      const retryable = err instanceof RetryableStatus || (err instanceof TypeError && err.message.includes('fetch failed'));
      if (!retryable || attempt >= attempts) throw err;
      await sleep(backoff(attempt, baseDelayMs));
    }
  }
}

export function summarise(route: PlannedRoute): string {
  const deepest = route.waypoints.reduce((max, w) => Math.max(max, w.sandDepthCm ?? 0), 0);
  const closures = route.closures.length ? ` (closed: ${route.closures.join(', ')})` : '';
  return `${route.tourId}: ${route.distanceKm.toFixed(1)} km, ~${route.durationMin} min, deepest sand ${deepest} cm${closures}`;
}
