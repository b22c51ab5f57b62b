// expect: none
// this.prices is assigned in a .then() reaction, but every reader first awaits this.ready (that same chain), so the map is always populated when read.
declare const catalogApi: {
  listPrices(opts: { region: string; signal?: AbortSignal }): Promise<Array<{ sku: string; cents: number; currency: string }>>;
};

export interface Quote {
  sku: string;
  quantity: number;
  unitCents: number;
  totalCents: number;
  currency: string;
}

export class PricingCatalog {
  private prices = new Map<string, { cents: number; currency: string }>();
  private readonly ready: Promise<void>;
  private loadedAt = 0;

  constructor(
    private readonly region: string,
    signal?: AbortSignal,
  ) {
    this.ready = catalogApi.listPrices({ region, signal }).then((rows) => {
      const next = new Map<string, { cents: number; currency: string }>();
      for (const row of rows) next.set(row.sku, { cents: row.cents, currency: row.currency });
      this.prices = next;
      this.loadedAt = Date.now();
      console.info(`[pricing] ${next.size} prices loaded for ${region}`);
    });
    this.ready.catch((err) => console.error(`[pricing] load failed for ${region}`, err));
  }

  async quote(sku: string, quantity: number): Promise<Quote> {
    await this.ready;
    const price = this.prices.get(sku);
    if (!price) throw new Error(`no price for ${sku} in ${this.region}`);
    if (!Number.isInteger(quantity) || quantity <= 0) throw new RangeError(`bad quantity ${quantity}`);
    return {
      sku,
      quantity,
      unitCents: price.cents,
      totalCents: price.cents * quantity,
      currency: price.currency,
    };
  }

  async ageMs(): Promise<number> {
    await this.ready;
    return Date.now() - this.loadedAt;
  }

  async has(sku: string): Promise<boolean> {
    await this.ready;
    return this.prices.has(sku);
  }
}
