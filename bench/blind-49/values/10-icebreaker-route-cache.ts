// expect: none
// Promises are stored on purpose in an in-flight map (typed as promises) so concurrent callers share one route request; every consumer awaits before using the route.
export interface IceRoute {
  routeId: string;
  waypoints: Array<[lat: number, lon: number]>;
  maxIceThicknessM: number;
  computedAt: number;
}

export interface ConvoyRequest {
  convoyId: string;
  from: string;
  to: string;
  slowestShipIceClass: 'PC3' | 'PC5' | 'PC7' | 'IA' | 'IB';
}

declare const routingService: {
  plan(from: string, to: string, iceClass: ConvoyRequest['slowestShipIceClass']): Promise<IceRoute>;
};

declare const bridgeDisplay: {
  showRoute(convoyId: string, summary: string): void;
};

const ROUTE_TTL_MS = 3 * 60 * 60_000;

const ICE_CLASS_LIMIT_M: Record<ConvoyRequest['slowestShipIceClass'], number> = {
  PC3: 3.0,
  PC5: 2.0,
  PC7: 1.2,
  IA: 0.8,
  IB: 0.6,
};

export class IceRouteCache {
  private readonly inflight = new Map<string, Promise<IceRoute>>();
  private readonly settled = new Map<string, IceRoute>();

  private key(req: ConvoyRequest): string {
    return `${req.from}->${req.to}:${req.slowestShipIceClass}`;
  }

  route(req: ConvoyRequest): Promise<IceRoute> {
    const key = this.key(req);
    const fresh = this.settled.get(key);
    if (fresh && Date.now() - fresh.computedAt < ROUTE_TTL_MS) {
      return Promise.resolve(fresh);
    }
    const pending =
      this.inflight.get(key) ??
      routingService
        .plan(req.from, req.to, req.slowestShipIceClass)
        .then((route) => {
          this.settled.set(key, route);
          return route;
        })
        .finally(() => this.inflight.delete(key));
    this.inflight.set(key, pending);
    return pending;
  }

  async brief(req: ConvoyRequest): Promise<string> {
    const route = await this.route(req);
    const limit = ICE_CLASS_LIMIT_M[req.slowestShipIceClass];
    const escort = route.maxIceThicknessM > limit ? 'close escort required' : 'loose escort';
    const summary =
      `${req.convoyId}: ${req.from} to ${req.to}, ${route.waypoints.length} waypoints, ` +
      `max ice ${route.maxIceThicknessM.toFixed(1)} m (${escort})`;
    bridgeDisplay.showRoute(req.convoyId, summary);
    return summary;
  }

  async briefAll(requests: ConvoyRequest[]): Promise<string[]> {
    return Promise.all(requests.map((req) => this.brief(req)));
  }

  get pendingCount(): number {
    return this.inflight.size;
  }
}
