// expect: no-uncalled-async-function
// closeDay passes this.releaseVans (the method itself) to Promise.all instead of calling it, so vans are never released at end of day.
export interface Van {
  vanId: string;
  depot: string;
  solutionLitres: number;
  status: "idle" | "on-route" | "returning" | "maintenance";
}

export interface Stop {
  jobId: string;
  address: string;
  rooms: number;
  windowStart: string;
}

export interface Route {
  vanId: string;
  day: string;
  stops: Stop[];
}

declare const fleetApi: {
  listVans(depot: string): Promise<Van[]>;
  setStatus(vanId: string, status: Van["status"]): Promise<void>;
};
declare const routeStore: {
  load(depot: string, day: string): Promise<Route[]>;
  save(depot: string, day: string, routes: Route[]): Promise<void>;
};
declare const jobQueue: {
  pending(depot: string, day: string): Promise<Stop[]>;
};

const LITRES_PER_ROOM = 6;
const MAX_STOPS_PER_VAN = 7;

export class VanRouteService {
  constructor(private readonly depot: string) {}

  async planDay(day: string): Promise<Route[]> {
    const [vans, stops] = await Promise.all([fleetApi.listVans(this.depot), jobQueue.pending(this.depot, day)]);
    const available = vans.filter((v) => v.status === "idle");
    const ordered = [...stops].sort((a, b) => a.windowStart.localeCompare(b.windowStart));

    const routes: Route[] = available.map((v) => ({ vanId: v.vanId, day, stops: [] }));
    const litresLeft = new Map(available.map((v) => [v.vanId, v.solutionLitres]));

    for (const stop of ordered) {
      const needed = stop.rooms * LITRES_PER_ROOM;
      const route = routes.find(
        (r) => r.stops.length < MAX_STOPS_PER_VAN && (litresLeft.get(r.vanId) ?? 0) >= needed,
      );
      if (!route) continue;
      route.stops.push(stop);
      litresLeft.set(route.vanId, (litresLeft.get(route.vanId) ?? 0) - needed);
    }

    const used = routes.filter((r) => r.stops.length > 0);
    await routeStore.save(this.depot, day, used);
    return used;
  }

  async dispatch(day: string): Promise<number> {
    const routes = await routeStore.load(this.depot, day);
    for (const route of routes) {
      await fleetApi.setStatus(route.vanId, "on-route");
    }
    return routes.length;
  }

  private async releaseVans(): Promise<void> {
    const vans = await fleetApi.listVans(this.depot);
    for (const van of vans) {
      if (van.status === "on-route" || van.status === "returning") {
        await fleetApi.setStatus(van.vanId, "idle");
      }
    }
  }

  private async archiveRoutes(day: string): Promise<void> {
    const routes = await routeStore.load(this.depot, day);
    const completed = routes.map((r) => ({ ...r, stops: r.stops.filter((s) => s.rooms > 0) }));
    await routeStore.save(this.depot, `${day}.archive`, completed);
  }

  async closeDay(day: string): Promise<void> {
    await Promise.all([this.archiveRoutes(day), this.releaseVans]);
  }
}
