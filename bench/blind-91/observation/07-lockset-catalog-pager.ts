// expect: none
// The prefetched next page gets a no-op .catch the moment it is created, so a failure while the consumer is busy is never unhandled, and it is still awaited (and rethrown) on the next turn.
export interface Lockset {
  sku: string;
  maker: string;
  pins: number;
  security: 'practice' | 'standard' | 'high';
  spoolPins: boolean;
}

interface Page {
  items: Lockset[];
  nextCursor: string | null;
}

export interface PagerOptions {
  baseUrl: string;
  pageSize?: number;
  signal?: AbortSignal;
}

async function fetchPage(opts: PagerOptions, cursor: string | null): Promise<Page> {
  const url = new URL('/v2/locksets', opts.baseUrl);
  url.searchParams.set('limit', String(opts.pageSize ?? 100));
  if (cursor) url.searchParams.set('cursor', cursor);

  const res = await fetch(url, { signal: opts.signal, headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`lockset catalogue returned ${res.status} for cursor ${cursor ?? '(start)'}`);
  return (await res.json()) as Page;
}

export async function* locksets(opts: PagerOptions): AsyncGenerator<Lockset, void, undefined> {
  let pending: Promise<Page> | null = fetchPage(opts, null);
  pending.catch(() => {});

  while (pending) {
    const page: Page = await pending;
    pending = null;
    if (page.nextCursor) {
      // start the next request while the consumer works through this page
      pending = fetchPage(opts, page.nextCursor);
      pending.catch(() => {});
    }
    yield* page.items;
  }
}

export async function buildWorkshopKit(opts: PagerOptions, seats: number) {
  const picks: Record<Lockset['security'], Lockset[]> = { practice: [], standard: [], high: [] };

  for await (const lock of locksets(opts)) {
    const bucket = picks[lock.security];
    if (bucket.length < seats) bucket.push(lock);
    if (picks.practice.length >= seats && picks.standard.length >= seats && picks.high.length >= Math.ceil(seats / 4)) {
      break;
    }
  }

  return {
    practice: picks.practice.map((l) => l.sku),
    standard: picks.standard.filter((l) => l.pins <= 5).map((l) => l.sku),
    challenge: picks.high.filter((l) => l.spoolPins).map((l) => l.sku),
  };
}
