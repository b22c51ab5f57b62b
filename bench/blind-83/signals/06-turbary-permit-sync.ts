// expect: none
// Every fetch gets the caller's signal through the RequestInit built by requestInit(), and the pause between pages passes the signal to timers/promises.
import { setTimeout as pause } from 'node:timers/promises';

interface TurbaryPermit {
  permitNo: string;
  holder: string;
  bog: string;
  sodLimit: number;
  season: number;
}

interface Page<T> {
  items: T[];
  next: string | null;
}

export interface SyncOptions {
  token: string;
  signal: AbortSignal;
  pageDelayMs?: number;
}

declare const localStore: {
  upsertPermits(rows: TurbaryPermit[]): Promise<number>;
  lastSyncedSeason(): Promise<number | null>;
};

const COUNCIL_API = 'https://bogs.council.example.ie/api/turbary';

function requestInit(options: Pick<SyncOptions, 'token' | 'signal'>): RequestInit {
  return {
    headers: {
      authorization: `Bearer ${options.token}`,
      accept: 'application/json',
    },
    signal: options.signal,
  };
}

async function getPage(url: string, options: SyncOptions): Promise<Page<TurbaryPermit>> {
  const res = await fetch(url, requestInit(options));
  if (res.status === 429) {
    const wait = Number(res.headers.get('retry-after') ?? '5') * 1000;
    await pause(wait, undefined, { signal: options.signal });
    return getPage(url, options);
  }
  if (!res.ok) throw new Error(`permit page ${url} returned ${res.status}`);
  return (await res.json()) as Page<TurbaryPermit>;
}

export async function syncPermits(options: SyncOptions): Promise<{ pages: number; upserted: number }> {
  const since = (await localStore.lastSyncedSeason()) ?? new Date().getFullYear() - 1;
  let url: string | null = `${COUNCIL_API}/permits?season_gte=${since}&page_size=200`;
  let pages = 0;
  let upserted = 0;

  while (url) {
    const page: Page<TurbaryPermit> = await getPage(url, options);
    const valid = page.items.filter((p) => p.sodLimit > 0 && p.bog.trim() !== '');
    upserted += await localStore.upsertPermits(valid);
    pages += 1;
    url = page.next;
    if (url && options.pageDelayMs) {
      await pause(options.pageDelayMs, undefined, { signal: options.signal });
    }
  }
  return { pages, upserted };
}

export function permitsByBog(permits: readonly TurbaryPermit[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const p of permits) totals.set(p.bog, (totals.get(p.bog) ?? 0) + p.sodLimit);
  return totals;
}
