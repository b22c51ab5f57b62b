// expect: require-signal-propagation
// syncPermits checks options.signal between pages and passes it to the store, but never gives it to the paged fetch calls, so an abort waits for the current request.
export interface Permit {
  permitId: string;
  flyer: string;
  field: string;
  slot: string;
  status: 'pending' | 'approved' | 'declined' | 'withdrawn';
  updatedAt: string;
}

interface PermitPage {
  items: Permit[];
  nextCursor: string | null;
}

export interface SyncOptions {
  signal?: AbortSignal;
  since?: string;
  pageSize?: number;
}

declare const registry: { baseUrl: string; token(): string };
declare const permitCache: {
  upsertMany(permits: Permit[], opts?: { signal?: AbortSignal }): Promise<number>;
  watermark(festivalId: string): Promise<string | undefined>;
  setWatermark(festivalId: string, at: string): Promise<void>;
};

function isPermitPage(body: unknown): body is PermitPage {
  return typeof body === 'object' && body !== null && Array.isArray((body as PermitPage).items);
}

export async function syncPermits(festivalId: string, options: SyncOptions = {}): Promise<{ fetched: number; written: number }> {
  const { signal, pageSize = 200 } = options;
  const since = options.since ?? (await permitCache.watermark(festivalId));
  const permits: Permit[] = [];
  let cursor: string | null = null;

  do {
    signal?.throwIfAborted();
    const url = new URL(`/v2/festivals/${encodeURIComponent(festivalId)}/permits`, registry.baseUrl);
    url.searchParams.set('limit', String(pageSize));
    if (since) url.searchParams.set('updatedSince', since);
    if (cursor) url.searchParams.set('cursor', cursor);

    const res = await fetch(url, {
      headers: { authorization: `Bearer ${registry.token()}`, accept: 'application/json' },
    });
    if (!res.ok) {
      throw new Error(`permit registry answered ${res.status} for ${festivalId}`);
    }
    const body: unknown = await res.json();
    if (!isPermitPage(body)) {
      throw new Error('permit registry returned an unexpected payload');
    }
    permits.push(...body.items);
    cursor = body.nextCursor;
  } while (cursor);

  const written = await permitCache.upsertMany(permits, { signal });
  const newest = permits.reduce<string | undefined>((max, p) => (!max || p.updatedAt > max ? p.updatedAt : max), since);
  if (newest) {
    await permitCache.setWatermark(festivalId, newest);
  }
  return { fetched: permits.length, written };
}
