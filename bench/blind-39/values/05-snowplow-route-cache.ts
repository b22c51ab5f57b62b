// expect: none
// The ?? chooses between cache entry objects (a missing or expired entry is undefined), and every cached promise is awaited before its route is used.
export interface PlowRoute {
  routeId: string;
  depot: string;
  segments: string[];
  lengthKm: number;
  gritTonnesPerPass: number;
}

interface CachedRoute {
  promise: Promise<PlowRoute>;
  loadedAt: number;
}

declare const gisService: {
  route(routeId: string): Promise<PlowRoute>;
  closures(): Promise<Set<string>>;
};

declare const fleetLog: { warn(msg: string, err?: unknown): void };

const ROUTE_TTL_MS = 15 * 60 * 1000;

export class RouteCache {
  private readonly entries = new Map<string, CachedRoute>();

  private load(routeId: string): CachedRoute {
    const promise = gisService.route(routeId);
    const entry: CachedRoute = { promise, loadedAt: Date.now() };
    promise.catch((err) => {
      fleetLog.warn(`route ${routeId} failed to load; evicting`, err);
      if (this.entries.get(routeId) === entry) this.entries.delete(routeId);
    });
    this.entries.set(routeId, entry);
    return entry;
  }

  get(routeId: string): Promise<PlowRoute> {
    const existing = this.entries.get(routeId);
    const fresh = existing && Date.now() - existing.loadedAt < ROUTE_TTL_MS ? existing : undefined;
    return (fresh ?? this.load(routeId)).promise;
  }

  invalidate(routeId?: string): void {
    if (routeId) this.entries.delete(routeId);
    else this.entries.clear();
  }
}

export async function gritNeeded(cache: RouteCache, routeIds: string[], passes: number): Promise<number> {
  const routes = await Promise.all(routeIds.map((id) => cache.get(id)));
  return routes.reduce((sum, r) => sum + r.gritTonnesPerPass * passes, 0);
}

export async function openSegments(cache: RouteCache, routeId: string): Promise<string[]> {
  const [route, closed] = await Promise.all([cache.get(routeId), gisService.closures()]);
  return route.segments.filter((s) => !closed.has(s));
}

export async function balanceDepots(cache: RouteCache, routeIds: string[]): Promise<Map<string, number>> {
  const kmByDepot = new Map<string, number>();
  for (const id of routeIds) {
    const route = await cache.get(id);
    kmByDepot.set(route.depot, (kmByDepot.get(route.depot) ?? 0) + route.lengthKm);
  }
  return kmByDepot;
}

export function busiestDepot(kmByDepot: Map<string, number>): string | undefined {
  let best: string | undefined;
  let bestKm = -1;
  for (const [depot, km] of kmByDepot) {
    if (km > bestKm) {
      best = depot;
      bestKm = km;
    }
  }
  return best;
}
