// expect: require-signal-propagation
// The handler forwards req.signal to the routing fetch but calls geocoder.lookup, which accepts a signal, without it, so when a resident closes the ETA page the geocoding request keeps running and burning the rate-limited geocoder quota.
export interface GeoPoint {
  lat: number;
  lon: number;
}

interface Geocoder {
  lookup(address: string, opts?: { signal?: AbortSignal }): Promise<GeoPoint | null>;
}

interface FleetTracker {
  nearestActivePlow(point: GeoPoint): { truckId: string; position: GeoPoint } | undefined;
}

interface RouteLeg {
  duration: number;
  distance: number;
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  });
}

export function createEtaHandler(geocoder: Geocoder, fleet: FleetTracker, osrmBase: string) {
  return async function handleEta(req: Request): Promise<Response> {
    const url = new URL(req.url);
    const address = url.searchParams.get('address')?.trim();
    if (!address) return json({ error: 'address is required' }, 400);

    const point = await geocoder.lookup(address);
    if (!point) return json({ error: `could not find ${address}` }, 404);

    const plow = fleet.nearestActivePlow(point);
    if (!plow) return json({ address, eta: null, message: 'no plows are out right now' });

    const coords = `${plow.position.lon},${plow.position.lat};${point.lon},${point.lat}`;
    const res = await fetch(`${osrmBase}/route/v1/driving/${coords}?overview=false`, { signal: req.signal });
    if (!res.ok) return json({ error: 'routing unavailable' }, 502);

    const body = (await res.json()) as { routes: { legs: RouteLeg[] }[] };
    const legs = body.routes[0]?.legs ?? [];
    const seconds = legs.reduce((sum, leg) => sum + leg.duration, 0);
    const km = legs.reduce((sum, leg) => sum + leg.distance, 0) / 1000;

    return json({
      address,
      truckId: plow.truckId,
      etaMinutes: Math.round(seconds / 60),
      distanceKm: Number(km.toFixed(1)),
    });
  };
}
