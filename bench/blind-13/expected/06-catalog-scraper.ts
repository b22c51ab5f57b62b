// expect: none
// withRetry receives a factory and calls task() on every attempt, so each retry issues a fresh request with its own AbortController.
import { setTimeout as sleep } from 'node:timers/promises';

export interface ProductListing {
  sku: string;
  title: string;
  priceCents: number;
}

declare function extractListings(html: string): ProductListing[];

class HttpStatusError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
    readonly retryAfterMs?: number,
  ) {
    super(`${url} returned ${status}`);
  }
}

export async function withRetry<T>(
  task: (signal: AbortSignal) => Promise<T>,
  { attempts = 3, timeoutMs = 10_000, baseDelayMs = 500 } = {},
): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      return await task(controller.signal);
    } catch (err) {
      lastError = err;
      if (err instanceof HttpStatusError && err.status < 500 && err.status !== 429) throw err;
      const wait = err instanceof HttpStatusError && err.retryAfterMs ? err.retryAfterMs : baseDelayMs * attempt;
      if (attempt < attempts) await sleep(wait);
    } finally {
      clearTimeout(timer);
    }
  }
  throw lastError;
}

export class CatalogScraper {
  private nextSlot = 0;

  constructor(
    private readonly baseUrl: string,
    private readonly minIntervalMs = 1_000,
  ) {}

  private async throttle(): Promise<void> {
    const now = Date.now();
    const slot = Math.max(now, this.nextSlot);
    this.nextSlot = slot + this.minIntervalMs;
    if (slot > now) await sleep(slot - now);
  }

  private async fetchPage(page: number, signal: AbortSignal): Promise<string> {
    await this.throttle();
    const url = `${this.baseUrl}/catalog?page=${page}`;
    const res = await fetch(url, { signal, headers: { 'user-agent': 'price-watch/2.3' } });
    if (!res.ok) {
      const retryAfter = Number(res.headers.get('retry-after'));
      throw new HttpStatusError(url, res.status, Number.isFinite(retryAfter) ? retryAfter * 1000 : undefined);
    }
    return res.text();
  }

  async scrapeAll(maxPages = 50): Promise<ProductListing[]> {
    const all: ProductListing[] = [];
    for (let page = 1; page <= maxPages; page++) {
      const html = await withRetry((signal) => this.fetchPage(page, signal), { attempts: 4 });
      const listings = extractListings(html);
      if (listings.length === 0) break;
      all.push(...listings);
    }
    return all;
  }
}
