// expect: require-signal-propagation
// The Retry-After back-off sleeps with setTimeout from timers/promises without the caller's signal, so cancelling the sync while the supplier is rate-limiting us leaves it blocked for up to a minute before the abort is noticed.
import { setTimeout as sleep } from 'node:timers/promises';

export interface CatalogueInk {
  sku: string;
  name: string;
  pigment: string;
  volumeMl: number;
  veganCertified: boolean;
  discontinued: boolean;
}

interface CataloguePage {
  items: CatalogueInk[];
  next: string | null;
}

export interface LocalCatalogue {
  upsert(ink: CatalogueInk): void;
  retire(sku: string): void;
}

export interface SyncOptions {
  signal: AbortSignal;
  maxPages?: number;
}

function retryAfterMs(header: string | null): number {
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 60) * 1000 : 5_000;
}

export class SupplierCatalogueSync {
  constructor(private readonly baseUrl: string, private readonly apiKey: string) {}

  private async page(url: string, opts: SyncOptions): Promise<CataloguePage> {
    for (let attempt = 0; attempt < 4; attempt++) {
      const res = await fetch(url, { headers: { 'x-api-key': this.apiKey }, signal: opts.signal });
      if (res.status === 429) {
        await res.body?.cancel();
        await sleep(retryAfterMs(res.headers.get('retry-after')));
        continue;
      }
      if (!res.ok) throw new Error(`catalogue HTTP ${res.status} for ${url}`);
      return (await res.json()) as CataloguePage;
    }
    throw new Error(`catalogue kept rate-limiting ${url}`);
  }

  async syncInto(local: LocalCatalogue, opts: SyncOptions): Promise<{ updated: number; retired: number }> {
    let url: string | null = `${this.baseUrl}/v1/inks?per_page=200`;
    let pages = 0;
    let updated = 0;
    let retired = 0;

    while (url && pages < (opts.maxPages ?? 50)) {
      const page = await this.page(url, opts);
      for (const ink of page.items) {
        if (ink.discontinued) {
          local.retire(ink.sku);
          retired += 1;
        } else {
          local.upsert(ink);
          updated += 1;
        }
      }
      url = page.next;
      pages += 1;
    }
    return { updated, retired };
  }
}
