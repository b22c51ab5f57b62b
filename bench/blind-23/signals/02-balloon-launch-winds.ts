// expect: none
// Falls back to the cached sounding only on feed failures or its own timeout; a caller abort is detected via signal.aborted and rethrown.
export interface WindLayer {
  altitudeFt: number;
  directionDeg: number;
  speedKt: number;
}

export interface Sounding {
  siteId: string;
  issuedAt: number;
  layers: WindLayer[];
  source: 'live' | 'cache';
}

declare const soundingCache: {
  get(siteId: string): Promise<Sounding | undefined>;
  put(sounding: Sounding): Promise<void>;
};

declare const ops: {
  warn(message: string, meta?: Record<string, unknown>): void;
};

const FEED_URL = 'https://winds-aloft.example.net/v2/soundings';
const FEED_TIMEOUT_MS = 4_000;
const MAX_CACHE_AGE_MS = 3 * 60 * 60 * 1000;

async function fetchLiveSounding(siteId: string, signal: AbortSignal): Promise<Sounding> {
  const res = await fetch(`${FEED_URL}?site=${encodeURIComponent(siteId)}`, {
    signal,
    headers: { accept: 'application/json' },
  });
  if (!res.ok) {
    throw new Error(`winds aloft feed returned ${res.status}`);
  }
  const body = (await res.json()) as { issued: string; layers: WindLayer[] };
  return {
    siteId,
    issuedAt: Date.parse(body.issued),
    layers: body.layers,
    source: 'live',
  };
}

/**
 * Winds aloft for the pre-launch briefing. Pilots would rather see a slightly
 * stale sounding than nothing, so feed outages fall back to the last cached one.
 */
export async function getLaunchWinds(siteId: string, signal: AbortSignal): Promise<Sounding> {
  const feedSignal = AbortSignal.any([signal, AbortSignal.timeout(FEED_TIMEOUT_MS)]);
  try {
    const live = await fetchLiveSounding(siteId, feedSignal);
    await soundingCache.put(live);
    return live;
  } catch (err) {
    if (signal.aborted) {
      // The briefing was cancelled; don't dress that up as a cached result.
      throw signal.reason;
    }
    ops.warn('winds aloft feed unavailable, using cache', {
      siteId,
      error: err instanceof Error ? err.message : String(err),
    });
    const cached = await soundingCache.get(siteId);
    if (!cached || Date.now() - cached.issuedAt > MAX_CACHE_AGE_MS) {
      throw new Error(`no usable sounding for ${siteId}`, { cause: err });
    }
    return { ...cached, source: 'cache' };
  }
}

export function surfaceWindWithinLimits(sounding: Sounding, maxKt = 8): boolean {
  const low = sounding.layers.filter((l) => l.altitudeFt <= 1_000);
  if (low.length === 0) return false;
  return low.every((l) => l.speedKt <= maxKt);
}
