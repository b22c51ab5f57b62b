// expect: no-read-before-settle
// etaFor starts the route request whose .then assigns this.route, then immediately reads this.route?.etaMinutes, which is still the previous (or no) route.
export interface Stop {
  customerId: string;
  address: string;
  lat: number;
  lon: number;
}

export interface PlannedRoute {
  riderId: string;
  stopOrder: string[];
  etaMinutes: Record<string, number>;
  computedAt: number;
}

declare const routingService: {
  plan(riderId: string, origin: { lat: number; lon: number }, stops: Stop[]): Promise<PlannedRoute>;
};
declare const gps: {
  position(riderId: string): { lat: number; lon: number };
};
declare const dispatchLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
};

const DEFAULT_ETA_MINUTES = 45;
const ROUTE_STALE_MS = 5 * 60_000;

export class RiderEtaBoard {
  private route?: PlannedRoute;
  private readonly stops = new Map<string, Stop>();
  private replans = 0;

  constructor(private readonly riderId: string) {}

  addStop(stop: Stop): void {
    this.stops.set(stop.customerId, stop);
  }

  removeStop(customerId: string): void {
    this.stops.delete(customerId);
  }

  private isStale(now: number): boolean {
    return !this.route || now - this.route.computedAt > ROUTE_STALE_MS;
  }

  etaFor(customerId: string, now = Date.now()): number {
    if (!this.stops.has(customerId)) {
      throw new Error(`customer ${customerId} is not on rider ${this.riderId}'s round`);
    }
    if (this.isStale(now)) {
      this.replans += 1;
      routingService
        .plan(this.riderId, gps.position(this.riderId), [...this.stops.values()])
        .then((route) => {
          this.route = route;
          dispatchLog.info('route replanned', { riderId: this.riderId, stops: route.stopOrder.length });
        })
        .catch((err: unknown) => dispatchLog.warn('route planning failed', { riderId: this.riderId, error: String(err) }));
    }
    return this.route?.etaMinutes[customerId] ?? DEFAULT_ETA_MINUTES;
  }

  nextStop(): Stop | undefined {
    const order = this.route?.stopOrder ?? [...this.stops.keys()];
    for (const customerId of order) {
      const stop = this.stops.get(customerId);
      if (stop) return stop;
    }
    return undefined;
  }

  smsText(customerId: string): string {
    const eta = this.etaFor(customerId);
    return eta <= 5 ? 'Your bread is around the corner!' : `Your bakery delivery arrives in about ${eta} minutes.`;
  }

  get replanCount(): number {
    return this.replans;
  }
}
