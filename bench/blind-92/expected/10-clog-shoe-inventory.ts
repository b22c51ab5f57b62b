// expect: none
// `if (this.hooks.onLowStock)` tests an optional callback for presence and then calls it; `this.syncing` is a Promise | null field tested to join an in-flight sync; both loaders in Promise.all are called.
export interface ShoePair {
  sku: string;
  sizeEu: number;
  style: 'buck' | 'jingle-tap' | 'double-tap';
  onHand: number;
}

export interface InventoryHooks {
  onLowStock?: (pair: ShoePair) => Promise<void>;
  afterSync?: (count: number) => void;
}

declare const warehouse: {
  listPairs(): Promise<ShoePair[]>;
  listTapSets(): Promise<Array<{ sku: string; spare: number }>>;
};

const LOW_STOCK = 2;

/** Shoe and tap inventory for the studio's rental wall and shop. */
export class ShoeInventory {
  private pairs = new Map<string, ShoePair>();
  private spareTaps = new Map<string, number>();
  private syncing: Promise<number> | null = null;

  constructor(private readonly hooks: InventoryHooks = {}) {}

  sync(): Promise<number> {
    if (this.syncing) return this.syncing;
    this.syncing = this.doSync().finally(() => {
      this.syncing = null;
    });
    return this.syncing;
  }

  private async doSync(): Promise<number> {
    const [pairs, taps] = await Promise.all([warehouse.listPairs(), warehouse.listTapSets()]);
    this.pairs = new Map(pairs.map((p) => [p.sku, p]));
    this.spareTaps = new Map(taps.map((t) => [t.sku, t.spare]));

    if (this.hooks.onLowStock) {
      const low = pairs.filter((p) => p.onHand <= LOW_STOCK);
      for (const pair of low) {
        await this.hooks.onLowStock(pair);
      }
    }
    this.hooks.afterSync?.(pairs.length);
    return pairs.length;
  }

  async findFit(sizeEu: number, style: ShoePair['style']): Promise<ShoePair | undefined> {
    if (this.pairs.size === 0) await this.sync();
    const candidates = [...this.pairs.values()].filter((p) => p.style === style && p.onHand > 0);
    return (
      candidates.find((p) => p.sizeEu === sizeEu) ??
      candidates.find((p) => p.sizeEu === sizeEu + 0.5) ??
      candidates.find((p) => p.sizeEu === sizeEu + 1)
    );
  }

  spareTapsFor(sku: string): number {
    return this.spareTaps.get(sku) ?? 0;
  }
}
