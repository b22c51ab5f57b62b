// expect: none
// Promise.any picks the first mirror, then the shared controller aborts the remaining downloads; every mirror request gets a signal tied to the caller's.
export interface ScreeningManifest {
  festival: string;
  screenings: Array<{
    filmId: string;
    venue: string;
    startsAt: string;
    dcpKeyId: string;
    subtitleTracks: string[];
  }>;
  etag: string;
}

export interface MirrorFetchOptions {
  mirrors: string[];
  festival: string;
  perMirrorTimeoutMs?: number;
  signal?: AbortSignal;
}

function isManifest(value: unknown): value is ScreeningManifest {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as ScreeningManifest).screenings) &&
    typeof (value as ScreeningManifest).festival === 'string'
  );
}

async function fetchFromMirror(base: string, festival: string, signal: AbortSignal): Promise<ScreeningManifest> {
  const res = await fetch(`${base.replace(/\/$/, '')}/manifests/${encodeURIComponent(festival)}.json`, {
    signal,
    headers: { accept: 'application/json' },
  });
  if (!res.ok) throw new Error(`${base}: HTTP ${res.status}`);
  const body: unknown = await res.json();
  if (!isManifest(body)) throw new Error(`${base}: malformed manifest`);
  return { ...body, etag: res.headers.get('etag') ?? '' };
}

/**
 * Fetches the screening manifest from whichever CDN mirror answers first.
 * Projection booths are often on flaky venue Wi-Fi, so we ask them all.
 */
export async function fetchScreeningManifest(opts: MirrorFetchOptions): Promise<ScreeningManifest> {
  const { mirrors, festival, perMirrorTimeoutMs = 4_000, signal } = opts;
  if (mirrors.length === 0) throw new Error('no manifest mirrors configured');
  signal?.throwIfAborted();

  const race = new AbortController();
  const shared = signal ? AbortSignal.any([signal, race.signal]) : race.signal;

  try {
    return await Promise.any(
      mirrors.map((base) => fetchFromMirror(base, festival, AbortSignal.any([shared, AbortSignal.timeout(perMirrorTimeoutMs)]))),
    );
  } catch (err) {
    if (signal?.aborted) throw signal.reason;
    if (err instanceof AggregateError) {
      const reasons = err.errors.map((e) => (e instanceof Error ? e.message : String(e)));
      throw new Error(`all ${mirrors.length} mirrors failed: ${reasons.join('; ')}`, { cause: err });
    }
    throw err;
  } finally {
    race.abort();
  }
}
