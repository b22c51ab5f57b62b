// expect: none
// The hedged geo lookup gives every request a signal combining the caller's signal with a local controller, and aborts that controller in finally so the losing requests stop; a caller abort is rethrown instead of surfacing as an AggregateError.

interface GeoAnswer {
  country: string;
  city?: string;
}

declare const GEO_ENDPOINTS: readonly string[];

async function lookupAt(endpoint: string, ip: string, signal: AbortSignal): Promise<GeoAnswer> {
  const res = await fetch(`${endpoint}/v1/ip/${ip}`, { signal });
  if (!res.ok) throw new Error(`${endpoint}: ${res.status}`);
  return (await res.json()) as GeoAnswer;
}

export async function hedgedGeoLookup(ip: string, signal: AbortSignal): Promise<GeoAnswer> {
  const losers = new AbortController();
  const combined = AbortSignal.any([signal, losers.signal]);
  try {
    return await Promise.any(GEO_ENDPOINTS.map((ep) => lookupAt(ep, ip, combined)));
  } catch (err) {
    signal.throwIfAborted();
    throw err;
  } finally {
    losers.abort();
  }
}
