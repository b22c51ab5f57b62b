// expect: no-swallowed-abort
// When the caller aborts, fetch rejects with a DOMException named AbortError; the instanceof DOMException test meant for per-attempt timeouts also matches it, so the call retries and finally throws a generic GeocodeError instead of the cancellation.
export interface GeocodeResult {
  lat: number;
  lon: number;
  confidence: number;
  formatted: string;
}

export class GeocodeError extends Error {
  constructor(
    message: string,
    readonly attempts: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'GeocodeError';
  }
}

declare const log: {
  warn(msg: string, meta?: Record<string, unknown>): void;
};

const ATTEMPT_TIMEOUT_MS = 2_500;
const MAX_ATTEMPTS = 3;

function isRetryable(err: unknown): boolean {
  // TypeError: socket reset / DNS hiccup; DOMException: our per-attempt timeout fired.
  // The geocoder sits behind a round-robin balancer, so an immediate retry usually lands elsewhere.
  return err instanceof TypeError || err instanceof DOMException;
}

export async function geocode(address: string, opts: { apiKey: string; baseUrl: string; signal?: AbortSignal }): Promise<GeocodeResult> {
  const url = new URL('/v1/search', opts.baseUrl);
  url.searchParams.set('q', address);
  url.searchParams.set('key', opts.apiKey);

  let lastError: unknown;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const timeout = AbortSignal.timeout(ATTEMPT_TIMEOUT_MS);
    const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
    try {
      const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
      if (res.status === 404) throw new GeocodeError(`no match for "${address}"`, attempt);
      if (!res.ok) throw new GeocodeError(`geocoder answered ${res.status}`, attempt);
      const [best] = (await res.json()) as GeocodeResult[];
      if (!best) throw new GeocodeError(`empty result for "${address}"`, attempt);
      return best;
    } catch (err) {
      if (!isRetryable(err)) throw err;
      lastError = err;
      log.warn('geocode attempt failed', { attempt, address, error: String(err) });
    }
  }
  throw new GeocodeError(`geocoding failed after ${MAX_ATTEMPTS} attempts`, MAX_ATTEMPTS, {
    cause: lastError,
  });
}
