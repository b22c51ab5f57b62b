// expect: require-signal-propagation
// planDeliveryRoutes accepts options.signal from the request handler but never checks it, so a cancelled request keeps the multi-second route search running to completion.
export interface StandLocation {
  standId: string;
  lat: number;
  lon: number;
  litresNeeded: number;
}

export interface Van {
  vanId: string;
  capacityLitres: number;
}

export interface PlannedRoute {
  vanId: string;
  stops: string[];
  km: number;
  litres: number;
}

export interface PlanOptions {
  signal?: AbortSignal;
  depot: { lat: number; lon: number };
  improvementRounds?: number;
}

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(h));
}

function routeLength(depot: PlanOptions['depot'], stops: readonly StandLocation[]): number {
  let total = 0;
  let at = depot;
  for (const stop of stops) {
    total += km(at, stop);
    at = stop;
  }
  return total + km(at, depot);
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export async function planDeliveryRoutes(
  stands: readonly StandLocation[],
  vans: readonly Van[],
  options: PlanOptions,
): Promise<PlannedRoute[]> {
  const { depot, improvementRounds = 200 } = options;
  const remaining = [...stands].sort((a, b) => km(depot, a) - km(depot, b));
  const routes: Array<{ van: Van; stops: StandLocation[] }> = vans.map((van) => ({ van, stops: [] }));

  for (const stand of remaining) {
    const fit = routes
      .filter((r) => r.stops.reduce((s, x) => s + x.litresNeeded, 0) + stand.litresNeeded <= r.van.capacityLitres)
      .sort((a, b) => routeLength(depot, [...a.stops, stand]) - routeLength(depot, [...b.stops, stand]))[0];
    if (!fit) throw new Error(`no van has room for stand ${stand.standId}`);
    fit.stops.push(stand);
  }

  for (let round = 0; round < improvementRounds; round++) {
    for (const route of routes) {
      for (let i = 0; i < route.stops.length - 1; i++) {
        for (let j = i + 1; j < route.stops.length; j++) {
          const candidate = [...route.stops.slice(0, i), ...route.stops.slice(i, j + 1).reverse(), ...route.stops.slice(j + 1)];
          if (routeLength(depot, candidate) < routeLength(depot, route.stops)) route.stops = candidate;
        }
      }
    }
    await yieldToEventLoop();
  }

  return routes.map(({ van, stops }) => ({
    vanId: van.vanId,
    stops: stops.map((s) => s.standId),
    km: Math.round(routeLength(depot, stops) * 10) / 10,
    litres: stops.reduce((sum, s) => sum + s.litresNeeded, 0),
  }));
}

export async function handlePlanRequest(request: Request, vans: readonly Van[]): Promise<Response> {
  const body = (await request.json()) as { stands: StandLocation[]; depot: { lat: number; lon: number } };
  const routes = await planDeliveryRoutes(body.stands, vans, { depot: body.depot, signal: request.signal });
  return Response.json({ routes });
}
