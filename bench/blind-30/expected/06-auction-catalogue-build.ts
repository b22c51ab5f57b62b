// expect: none
// Async methods are handed over deliberately as callbacks (map with thisArg, bound refreshers) and every Promise.all entry is a call.
export interface Lot {
  lotNo: number;
  title: string;
  consignorId: string;
  category: 'furniture' | 'silver' | 'clocks' | 'paintings' | 'ceramics';
  reserve: number;
}

export interface EstimatedLot extends Lot {
  lowEstimate: number;
  highEstimate: number;
  comparables: number;
}

export interface Catalogue {
  saleId: string;
  lots: EstimatedLot[];
  consignorCount: number;
  registeredBidders: number;
  generatedAt: string;
}

declare const saleApi: {
  lots(saleId: string): Promise<Lot[]>;
  consignors(saleId: string): Promise<Array<{ id: string; name: string }>>;
  bidderCount(saleId: string): Promise<number>;
  hammerPrices(category: Lot['category'], sinceYear: number): Promise<number[]>;
};

declare const fxRates: { refresh(): Promise<void> };
declare const condition: { refresh(saleId: string): Promise<void> };

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.round((sorted.length - 1) * p)));
  return sorted[idx];
}

export class CatalogueBuilder {
  private readonly comparablesCache = new Map<Lot['category'], Promise<number[]>>();
  private readonly refreshers: Array<() => Promise<void>>;

  constructor(private readonly saleId: string, private readonly sinceYear = 2015) {
    this.refreshers = [fxRates.refresh.bind(fxRates), this.refreshCondition.bind(this)];
  }

  private async refreshCondition(): Promise<void> {
    await condition.refresh(this.saleId);
  }

  private comparables(category: Lot['category']): Promise<number[]> {
    let cached = this.comparablesCache.get(category);
    if (!cached) {
      cached = saleApi.hammerPrices(category, this.sinceYear).then(
        (prices) => [...prices].sort((a, b) => a - b),
        (err: unknown) => {
          this.comparablesCache.delete(category);
          throw err;
        },
      );
      this.comparablesCache.set(category, cached);
    }
    return cached;
  }

  async estimate(lot: Lot): Promise<EstimatedLot> {
    const prices = await this.comparables(lot.category);
    const low = Math.max(lot.reserve, Math.round(percentile(prices, 0.35) / 10) * 10);
    const high = Math.max(low + 50, Math.round(percentile(prices, 0.7) / 10) * 10);
    return { ...lot, lowEstimate: low, highEstimate: high, comparables: prices.length };
  }

  async build(): Promise<Catalogue> {
    await Promise.all(this.refreshers.map((refresh) => refresh()));
    const [lots, consignors, registeredBidders] = await Promise.all([
      saleApi.lots(this.saleId),
      saleApi.consignors(this.saleId),
      saleApi.bidderCount(this.saleId),
    ]);
    const estimated = await Promise.all(lots.map(this.estimate, this));
    return {
      saleId: this.saleId,
      lots: estimated.sort((a, b) => a.lotNo - b.lotNo),
      consignorCount: consignors.length,
      registeredBidders,
      generatedAt: new Date().toISOString(),
    };
  }
}
