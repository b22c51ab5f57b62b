// expect: none
// retry calls fn() for a fresh attempt each time; the in-flight map deliberately shares one promise between concurrent callers and evicts it on failure.
import { setTimeout as delay } from "node:timers/promises";

export interface SweepStop {
  address: string;
  flueCount: number;
  lastSweptAt?: Date;
  hasBirdGuard: boolean;
}

export interface SweepRoute {
  routeId: string;
  crew: string;
  stops: SweepStop[];
  fetchedAt: number;
}

declare const routingApi: {
  getRoute(routeId: string): Promise<Omit<SweepRoute, "fetchedAt">>;
};

const TTL_MS = 5 * 60_000;

async function retry<T>(fn: () => Promise<T>, attempts: number, baseMs: number): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (attempt >= attempts) throw err;
      await delay(baseMs * attempt);
    }
  }
}

export class RouteCache {
  private readonly settled = new Map<string, SweepRoute>();
  private readonly inflight = new Map<string, Promise<SweepRoute>>();

  get(routeId: string): Promise<SweepRoute> {
    const hit = this.settled.get(routeId);
    if (hit && Date.now() - hit.fetchedAt < TTL_MS) {
      return Promise.resolve(hit);
    }
    const existing = this.inflight.get(routeId);
    if (existing) {
      return existing;
    }
    const pending = retry(() => routingApi.getRoute(routeId), 3, 200).then(
      (route) => {
        const full = { ...route, fetchedAt: Date.now() };
        this.settled.set(routeId, full);
        this.inflight.delete(routeId);
        return full;
      },
      (err: unknown) => {
        this.inflight.delete(routeId);
        throw err;
      },
    );
    this.inflight.set(routeId, pending);
    return pending;
  }

  invalidate(routeId: string): void {
    this.settled.delete(routeId);
  }
}

export async function flueWorkload(cache: RouteCache, routeIds: string[]): Promise<Map<string, number>> {
  const routes = await Promise.all(routeIds.map((id) => cache.get(id)));
  const byCrew = new Map<string, number>();
  for (const route of routes) {
    const flues = route.stops.reduce((sum, stop) => sum + stop.flueCount, 0);
    byCrew.set(route.crew, (byCrew.get(route.crew) ?? 0) + flues);
  }
  return byCrew;
}

export async function stopsNeedingGuards(cache: RouteCache, routeId: string): Promise<string[]> {
  const route = await cache.get(routeId);
  const yearAgo = Date.now() - 365 * 86_400_000;
  return route.stops
    .filter((s) => !s.hasBirdGuard && (s.lastSweptAt === undefined || s.lastSweptAt.getTime() < yearAgo))
    .map((s) => s.address);
}
