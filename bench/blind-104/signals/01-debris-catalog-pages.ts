// expect: require-signal-propagation
// debrisPages holds an AbortSignal and hands it to the backoff sleep but not to fetch, so cancelling the sync leaves the in-flight catalog page download running until the server answers.
import { setTimeout as sleep } from 'node:timers/promises';

export interface DebrisObject {
  noradId: number;
  name: string;
  rcsM2: number | null;
  perigeeKm: number;
  apogeeKm: number;
}

interface CatalogPage {
  items: DebrisObject[];
  next: string | null;
}

export interface PageOptions {
  baseUrl: string;
  token: string;
  signal: AbortSignal;
  minPerigeeKm?: number;
}

const RATE_LIMIT_BACKOFF_MS = 2_000;

export async function* debrisPages(opts: PageOptions): AsyncGenerator<DebrisObject[]> {
  let url: string | null = new URL('/v2/debris?orbit=leo', opts.baseUrl).toString();

  while (url) {
    opts.signal.throwIfAborted();
    const res: Response = await fetch(url, {
      headers: { authorization: `Bearer ${opts.token}`, accept: 'application/json' },
    });

    if (res.status === 429) {
      const retryAfter = Number(res.headers.get('retry-after')) * 1_000 || RATE_LIMIT_BACKOFF_MS;
      await sleep(retryAfter, undefined, { signal: opts.signal });
      continue;
    }
    if (!res.ok) throw new Error(`catalog page ${url} failed with ${res.status}`);

    const page = (await res.json()) as CatalogPage;
    const min = opts.minPerigeeKm ?? 0;
    yield page.items.filter((d) => d.perigeeKm >= min);
    url = page.next;
  }
}

export async function countLargeDebris(opts: PageOptions, minRcsM2: number): Promise<number> {
  let count = 0;
  for await (const batch of debrisPages(opts)) {
    count += batch.filter((d) => (d.rcsM2 ?? 0) >= minRcsM2).length;
  }
  return count;
}
