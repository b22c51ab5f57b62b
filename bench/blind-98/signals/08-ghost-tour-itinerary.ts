// expect: require-signal-propagation
// The handler passes req.signal to the availability fetch but not to the walking-route fetch, so when the visitor navigates away the slow routing request keeps running and its result is computed for nobody.
export interface HauntedStop {
  id: string;
  name: string;
  lat: number;
  lng: number;
  legend: string;
}

export interface Availability {
  tourId: string;
  nights: { date: string; seatsLeft: number }[];
}

export interface ItineraryEnv {
  inventoryUrl: string;
  routingUrl: string;
  stops(tourId: string): HauntedStop[] | undefined;
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}

export async function handleItinerary(req: Request, env: ItineraryEnv): Promise<Response> {
  const url = new URL(req.url);
  const tourId = url.searchParams.get('tour');
  if (!tourId) return json({ error: 'missing ?tour=' }, 400);

  const stops = env.stops(tourId);
  if (!stops || stops.length === 0) return json({ error: `unknown tour ${tourId}` }, 404);

  const availabilityRes = await fetch(`${env.inventoryUrl}/tours/${encodeURIComponent(tourId)}/availability`, {
    signal: req.signal,
  });
  if (!availabilityRes.ok) return json({ error: 'availability unavailable' }, 502);
  const availability = (await availabilityRes.json()) as Availability;

  const waypoints = stops.map((s) => `${s.lng},${s.lat}`).join(';');
  const routeRes = await fetch(`${env.routingUrl}/route/v1/foot/${waypoints}?overview=simplified`);
  if (!routeRes.ok) return json({ error: 'routing failed' }, 502);
  const route = (await routeRes.json()) as { routes: { distance: number; duration: number }[] };
  const best = route.routes[0];

  return json({
    tourId,
    stops: stops.map(({ id, name, legend }) => ({ id, name, legend })),
    walkingKm: best ? Math.round(best.distance / 100) / 10 : null,
    walkingMinutes: best ? Math.round(best.duration / 60) : null,
    nights: availability.nights.filter((n) => n.seatsLeft > 0),
  });
}
