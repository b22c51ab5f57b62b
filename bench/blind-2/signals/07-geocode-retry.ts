// expect: no-swallowed-abort
// When the caller aborts, every attempt fails at once with AbortError, which the loop treats like a per-try timeout and retries; after the attempts run out the cancellation surfaces as GeocodeError "geocoder unavailable" instead of an AbortError.
export interface GeoPoint {
  lat: number;
  lng: number;
  precision: 'rooftop' | 'street' | 'locality';
}

export class GeocodeError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'GeocodeError';
  }
}

interface GeocodeResponse {
  results: { geometry: { location: { lat: number; lng: number } }; location_type: string }[];
}

declare const config: { GEOCODER_URL: string; GEOCODER_KEY: string };
declare const log: { warn(msg: string, meta?: Record<string, unknown>): void };

function toPoint(body: GeocodeResponse): GeoPoint | null {
  const first = body.results[0];
  if (!first) return null;
  const precision = first.location_type === 'ROOFTOP' ? 'rooftop' : first.location_type === 'RANGE_INTERPOLATED' ? 'street' : 'locality';
  return { ...first.geometry.location, precision };
}

export interface GeocodeOptions {
  signal?: AbortSignal;
  attempts?: number;
  perTryTimeoutMs?: number;
}

export async function geocode(address: string, opts: GeocodeOptions = {}): Promise<GeoPoint | null> {
  const { signal, attempts = 3, perTryTimeoutMs = 4_000 } = opts;
  const url = `${config.GEOCODER_URL}/json?address=${encodeURIComponent(address)}&key=${config.GEOCODER_KEY}`;
  let lastError: unknown;

  for (let attempt = 1; attempt <= attempts; attempt++) {
    const perTry = AbortSignal.timeout(perTryTimeoutMs);
    const trySignal = signal ? AbortSignal.any([signal, perTry]) : perTry;
    try {
      const res = await fetch(url, { signal: trySignal });
      if (res.status === 404) return null;
      if (res.status >= 500) {
        lastError = new GeocodeError(`geocoder responded ${res.status}`);
        continue;
      }
      if (!res.ok) throw new GeocodeError(`geocoder rejected request: ${res.status}`);
      return toPoint((await res.json()) as GeocodeResponse);
    } catch (err) {
      if (err instanceof DOMException && (err.name === 'AbortError' || err.name === 'TimeoutError')) {
        lastError = err;
        log.warn('geocode attempt timed out', { attempt, address });
        continue;
      }
      throw err;
    }
  }
  throw new GeocodeError(`geocoder unavailable after ${attempts} attempts`, { cause: lastError });
}
