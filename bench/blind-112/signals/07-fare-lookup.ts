// expect: none
// The catch rethrows an AbortError unchanged and only maps genuine lookup failures to FareLookupError, so cancellation still reaches the caller as an AbortError.
export interface FareQuote {
  route: string;
  departure: string;
  adultCents: number;
  vehicleCents: number;
  currency: 'EUR' | 'NOK' | 'GBP';
}

export class FareLookupError extends Error {
  constructor(
    message: string,
    readonly route: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'FareLookupError';
  }
}

function isAbort(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError');
}

export interface FareLookupOptions {
  signal?: AbortSignal;
  vehicleLengthM?: number;
}

export async function lookupFare(
  endpoint: string,
  route: string,
  departure: string,
  options: FareLookupOptions = {},
): Promise<FareQuote> {
  const url = new URL('/fares', endpoint);
  url.searchParams.set('route', route);
  url.searchParams.set('departure', departure);
  if (options.vehicleLengthM) url.searchParams.set('vehicle', options.vehicleLengthM.toFixed(1));

  try {
    const res = await fetch(url, { signal: options.signal });
    if (res.status === 404) {
      throw new FareLookupError(`no sailing on ${route} at ${departure}`, route);
    }
    if (!res.ok) {
      throw new FareLookupError(`fare service answered ${res.status}`, route);
    }
    return (await res.json()) as FareQuote;
  } catch (err) {
    if (isAbort(err) || err instanceof FareLookupError) throw err;
    throw new FareLookupError(`fare lookup for ${route} failed`, route, { cause: err });
  }
}

export async function returnTripTotal(
  endpoint: string,
  outbound: { route: string; departure: string },
  inbound: { route: string; departure: string },
  passengers: number,
  signal?: AbortSignal,
): Promise<number> {
  const [out, back] = await Promise.all([
    lookupFare(endpoint, outbound.route, outbound.departure, { signal }),
    lookupFare(endpoint, inbound.route, inbound.departure, { signal }),
  ]);
  return (out.adultCents + back.adultCents) * passengers;
}
