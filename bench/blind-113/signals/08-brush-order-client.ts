// expect: none
// The catch block rethrows an abort untouched and only falls back to the cached price list for genuine supplier failures, so callers can still tell cancellation apart.
export interface BrushItem {
  sku: string; // e.g. "KUMANO-WOLF-M"
  hair: 'wolf' | 'goat' | 'horse' | 'mixed';
  sizeMm: number;
  quantity: number;
}

export interface Quote {
  supplier: string;
  currency: 'JPY' | 'EUR';
  lines: Array<{ sku: string; unitPrice: number }>;
  total: number;
  fromCache: boolean;
}

interface CachedPriceList {
  supplier: string;
  currency: 'JPY' | 'EUR';
  prices: Record<string, number>;
  fetchedAt: number;
}

export class BrushOrderClient {
  private cache: CachedPriceList | null = null;

  constructor(
    private readonly supplierUrl: string,
    private readonly supplier = 'Kumano Fude Atelier',
  ) {}

  async quote(items: BrushItem[], options: { signal?: AbortSignal } = {}): Promise<Quote> {
    const { signal } = options;
    try {
      const res = await fetch(`${this.supplierUrl}/quotes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ items: items.map(({ sku, quantity }) => ({ sku, quantity })) }),
        signal,
      });
      if (!res.ok) throw new Error(`supplier answered HTTP ${res.status}`);
      const quote = (await res.json()) as Omit<Quote, 'fromCache'>;
      this.remember(quote);
      return { ...quote, fromCache: false };
    } catch (err) {
      if (signal?.aborted || (err instanceof Error && err.name === 'AbortError')) throw err;
      if (!this.cache) throw new Error('brush supplier unavailable and no cached price list', { cause: err });
      return this.quoteFromCache(items, this.cache);
    }
  }

  private remember(quote: Omit<Quote, 'fromCache'>): void {
    const prices: Record<string, number> = { ...(this.cache?.prices ?? {}) };
    for (const line of quote.lines) prices[line.sku] = line.unitPrice;
    this.cache = { supplier: quote.supplier, currency: quote.currency, prices, fetchedAt: Date.now() };
  }

  private quoteFromCache(items: BrushItem[], cache: CachedPriceList): Quote {
    const lines = items.map((item) => {
      const unitPrice = cache.prices[item.sku];
      if (unitPrice === undefined) throw new Error(`no cached price for ${item.sku}`);
      return { sku: item.sku, unitPrice };
    });
    const total = lines.reduce((sum, line, i) => sum + line.unitPrice * items[i].quantity, 0);
    return { supplier: cache.supplier, currency: cache.currency, lines, total, fromCache: true };
  }
}
