// expect: none
// The caller's signal is passed to every page fetch and to the rate-limit backoff sleep, and checked between pages, so aborting stops the catalogue sync mid-request or mid-wait.
import { setTimeout as sleep } from 'node:timers/promises';

export interface CatalogueItem {
  sku: string;
  name: string;
  production: string | null;
  condition: 'stage-ready' | 'repair' | 'retired';
}

interface CataloguePage {
  items: CatalogueItem[];
  next: string | null;
}

export interface SyncOptions {
  baseUrl: string;
  token: string;
  signal: AbortSignal;
  maxRateLimitWaits?: number;
}

export interface CatalogueStore {
  upsert(items: CatalogueItem[]): void;
}

export async function syncPropCatalogue(store: CatalogueStore, opts: SyncOptions): Promise<number> {
  const { baseUrl, token, signal } = opts;
  const maxWaits = opts.maxRateLimitWaits ?? 5;
  let url: string | null = new URL('/v2/props?pageSize=200', baseUrl).toString();
  let synced = 0;
  let waits = 0;

  while (url) {
    signal.throwIfAborted();
    const res: Response = await fetch(url, {
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
      signal,
    });

    if (res.status === 429 && waits < maxWaits) {
      const retryAfter = Number(res.headers.get('retry-after') ?? '2');
      await res.body?.cancel();
      waits += 1;
      await sleep(Math.min(retryAfter, 60) * 1000, undefined, { signal });
      continue;
    }
    if (!res.ok) {
      throw new Error(`catalogue sync failed at ${url}: HTTP ${res.status}`);
    }

    const page = (await res.json()) as CataloguePage;
    store.upsert(page.items.filter((item) => item.condition !== 'retired'));
    synced += page.items.length;
    url = page.next ? new URL(page.next, baseUrl).toString() : null;
  }

  return synced;
}
