// expect: none
// The Promise executor runs synchronously, so resolveBatch/rejectBatch are already assigned when they are stored on the batch on the next line; the batch is settled later from flush() with the fetched prices.
declare const pricingApi: {
  quote(skus: string[], currency: string): Promise<Record<string, number>>;
};

interface PendingBatch {
  skus: Set<string>;
  result: Promise<Record<string, number>>;
  resolve: (prices: Record<string, number>) => void;
  reject: (err: unknown) => void;
}

export class PriceBatcher {
  private current: PendingBatch | null = null;

  constructor(
    private readonly currency: string,
    private readonly windowMs = 15,
    private readonly maxBatch = 200,
  ) {}

  async price(sku: string): Promise<number> {
    const batch = this.current ?? this.startBatch();
    batch.skus.add(sku);
    if (batch.skus.size >= this.maxBatch) this.flush(batch);
    const prices = await batch.result;
    const price = prices[sku];
    if (price === undefined) throw new Error(`no price for ${sku} in ${this.currency}`);
    return price;
  }

  private startBatch(): PendingBatch {
    let resolveBatch!: (prices: Record<string, number>) => void;
    let rejectBatch!: (err: unknown) => void;
    const result = new Promise<Record<string, number>>((resolve, reject) => {
      resolveBatch = resolve;
      rejectBatch = reject;
    });
    const batch: PendingBatch = { skus: new Set(), result, resolve: resolveBatch, reject: rejectBatch };
    this.current = batch;
    setTimeout(() => this.flush(batch), this.windowMs);
    return batch;
  }

  private flush(batch: PendingBatch): void {
    if (this.current !== batch) return;
    this.current = null;
    pricingApi.quote([...batch.skus], this.currency).then(batch.resolve, batch.reject);
  }
}
