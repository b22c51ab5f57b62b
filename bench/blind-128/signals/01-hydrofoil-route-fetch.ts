// expect: none
// The caller's signal is passed to every fetch and to the timers/promises backoff sleep, and an abort is rethrown untouched rather than retried.
import { setTimeout as sleep } from 'node:timers/promises';

export interface RouteWaypoint {
  lat: number;
  lon: number;
  foilborne: boolean;
  maxKn: number;
}

export interface FerryRoute {
  id: string;
  from: string;
  to: string;
  waypoints: RouteWaypoint[];
  seaStateLimit: number;
}

export interface FetchRouteOptions {
  signal?: AbortSignal;
  retries?: number;
  baseDelayMs?: number;
}

class HttpStatusError extends Error {
  constructor(public readonly status: number, url: string) {
    super(`GET ${url} -> ${status}`);
    this.name = 'HttpStatusError';
  }
}

function isRetryable(err: unknown): boolean {
  if (err instanceof HttpStatusError) return err.status === 429 || err.status >= 500;
  return err instanceof TypeError;
}

export async function fetchRoute(baseUrl: string, routeId: string, options: FetchRouteOptions = {}): Promise<FerryRoute> {
  const { signal, retries = 3, baseDelayMs = 250 } = options;
  const url = `${baseUrl}/routes/${encodeURIComponent(routeId)}`;

  for (let attempt = 0; ; attempt++) {
    try {
      const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
      if (!res.ok) throw new HttpStatusError(res.status, url);
      return (await res.json()) as FerryRoute;
    } catch (err) {
      if (signal?.aborted) throw signal.reason;
      if (attempt >= retries || !isRetryable(err)) throw err;
      const jitter = Math.random() * baseDelayMs;
      await sleep(baseDelayMs * 2 ** attempt + jitter, undefined, { signal });
    }
  }
}

export async function fetchTimetableRoutes(
  baseUrl: string,
  routeIds: string[],
  signal?: AbortSignal,
): Promise<Map<string, FerryRoute>> {
  const routes = await Promise.all(routeIds.map((id) => fetchRoute(baseUrl, id, { signal })));
  return new Map(routes.map((r) => [r.id, r]));
}

export function foilborneShare(route: FerryRoute): number {
  if (route.waypoints.length === 0) return 0;
  const foil = route.waypoints.filter((w) => w.foilborne).length;
  return foil / route.waypoints.length;
}
