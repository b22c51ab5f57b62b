// expect: none
// The cached in-flight promise is shared only while it is pending or fulfilled, and its .catch clears the cache, so each retry calls catalog() again and gets a genuinely new request instead of the old rejection.
import { setTimeout as sleep } from 'node:timers/promises';

export interface CatalogEntry {
  sku: string;
  harpType: 'lever' | 'pedal' | 'wire-strung';
  octave: number;
  note: string;
  priceCents: number;
}

export interface SupplierApi {
  fetchCatalog(): Promise<CatalogEntry[]>;
}

export class SupplierCatalog {
  private inflight: Promise<CatalogEntry[]> | undefined;
  private loadedAt = 0;

  constructor(
    private readonly api: SupplierApi,
    private readonly ttlMs = 6 * 3_600_000,
  ) {}

  catalog(): Promise<CatalogEntry[]> {
    const fresh = Date.now() - this.loadedAt < this.ttlMs;
    if (this.inflight && fresh) return this.inflight;

    this.loadedAt = Date.now();
    const request: Promise<CatalogEntry[]> = this.api.fetchCatalog().catch((err: unknown) => {
      if (this.inflight === request) {
        this.inflight = undefined;
        this.loadedAt = 0;
      }
      throw err;
    });
    this.inflight = request;
    return request;
  }

  async catalogWithRetry(attempts = 3): Promise<CatalogEntry[]> {
    let lastError: unknown;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        return await this.catalog();
      } catch (err) {
        lastError = err;
        if (attempt < attempts) await sleep(500 * attempt);
      }
    }
    throw lastError;
  }

  async priceFor(harpType: CatalogEntry['harpType'], note: string, octave: number): Promise<number | undefined> {
    const entries = await this.catalogWithRetry();
    return entries.find((e) => e.harpType === harpType && e.note === note && e.octave === octave)?.priceCents;
  }
}
