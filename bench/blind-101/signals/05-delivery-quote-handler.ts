// expect: require-signal-propagation
// handleQuote() passes req.signal to the geocoder but not to the routing fetch, so when the customer closes the quote page the slow bike-routing request keeps running to completion for a response nobody will read.
export interface LatLng {
  lat: number;
  lng: number;
}

export interface Geocoder {
  lookup(address: string, opts: { signal?: AbortSignal }): Promise<LatLng>;
}

interface RouteResponse {
  distanceMeters: number;
  durationSeconds: number;
  climbMeters: number;
}

export interface Quote {
  pickup: LatLng;
  dropoff: LatLng;
  km: number;
  minutes: number;
  priceCents: number;
}

const BASE_CENTS = 650;
const PER_KM_CENTS = 180;
const PER_100M_CLIMB_CENTS = 90;

function price(route: RouteResponse, cargo: boolean): number {
  const km = route.distanceMeters / 1000;
  const climb = Math.floor(route.climbMeters / 100) * PER_100M_CLIMB_CENTS;
  const raw = BASE_CENTS + km * PER_KM_CENTS + climb;
  return Math.round(cargo ? raw * 1.35 : raw);
}

export function quoteHandler(geocoder: Geocoder, routingBase: string) {
  return async function handleQuote(req: Request): Promise<Response> {
    if (req.method !== 'POST') return new Response('method not allowed', { status: 405 });

    const body = (await req.json()) as { pickup?: string; dropoff?: string; cargo?: boolean };
    if (!body.pickup || !body.dropoff) {
      return Response.json({ error: 'pickup and dropoff are required' }, { status: 400 });
    }

    const pickup = await geocoder.lookup(body.pickup, { signal: req.signal });
    const dropoff = await geocoder.lookup(body.dropoff, { signal: req.signal });

    const params = new URLSearchParams({
      from: `${pickup.lat},${pickup.lng}`,
      to: `${dropoff.lat},${dropoff.lng}`,
      profile: body.cargo ? 'cargo-bike' : 'bike',
    });
    const res = await fetch(`${routingBase}/route?${params}`, {
      headers: { accept: 'application/json' },
    });
    if (!res.ok) {
      return Response.json({ error: `routing failed (${res.status})` }, { status: 502 });
    }
    const route = (await res.json()) as RouteResponse;

    const quote: Quote = {
      pickup,
      dropoff,
      km: Math.round(route.distanceMeters / 100) / 10,
      minutes: Math.ceil(route.durationSeconds / 60) + 10,
      priceCents: price(route, Boolean(body.cargo)),
    };
    return Response.json(quote, { headers: { 'cache-control': 'no-store' } });
  };
}
