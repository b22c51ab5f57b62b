// expect: require-signal-propagation
// Bug: request.signal is forwarded to the bay reservation call but not to the weather forecast fetch, which keeps running after the client disconnects.
export interface BayBookingRequest {
  yachtName: string;
  loaMetres: number;
  coats: number;
  product: 'spar-urethane' | 'two-part-epoxy' | 'tung-oil-blend';
  from: string;
}

interface Forecast {
  days: { date: string; minTempC: number; maxRhPct: number }[];
}

declare const shedServices: {
  weatherUrl: string;
  bayUrl: string;
};

const CURE_DAYS: Record<BayBookingRequest['product'], number> = {
  'spar-urethane': 1,
  'two-part-epoxy': 2,
  'tung-oil-blend': 3,
};

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function parseBooking(raw: unknown): BayBookingRequest | null {
  const b = raw as Partial<BayBookingRequest>;
  if (!b.yachtName || !b.loaMetres || !b.coats || !b.product || !b.from) return null;
  if (!(b.product in CURE_DAYS)) return null;
  return b as BayBookingRequest;
}

function daysNeeded(booking: BayBookingRequest, forecast: Forecast): number {
  let days = 0;
  let coatsLeft = booking.coats;
  for (const day of forecast.days) {
    days += 1;
    // Varnish will not cure below 10 °C or above 85% RH; those days are lost.
    if (day.minTempC < 10 || day.maxRhPct > 85) continue;
    coatsLeft -= 1 / CURE_DAYS[booking.product];
    if (coatsLeft <= 0) break;
  }
  return coatsLeft <= 0 ? days : days + Math.ceil(coatsLeft * CURE_DAYS[booking.product]);
}

export async function handleBayBooking(request: Request): Promise<Response> {
  if (request.method !== 'POST') return json(405, { error: 'POST only' });
  const booking = parseBooking(await request.json());
  if (!booking) return json(400, { error: 'incomplete booking' });
  if (booking.loaMetres > 24) return json(422, { error: 'shed doors take yachts up to 24 m' });

  const forecastRes = await fetch(`${shedServices.weatherUrl}?from=${encodeURIComponent(booking.from)}&days=14`);
  if (!forecastRes.ok) return json(502, { error: 'forecast unavailable' });
  const forecast = (await forecastRes.json()) as Forecast;
  const days = daysNeeded(booking, forecast);

  const reserve = await fetch(shedServices.bayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ yacht: booking.yachtName, loa: booking.loaMetres, from: booking.from, days }),
    signal: request.signal,
  });
  if (reserve.status === 409) return json(409, { error: 'no bay free for that window' });
  if (!reserve.ok) return json(502, { error: 'bay reservation failed' });

  const { bayId } = (await reserve.json()) as { bayId: string };
  return json(201, { bayId, days, yacht: booking.yachtName });
}
