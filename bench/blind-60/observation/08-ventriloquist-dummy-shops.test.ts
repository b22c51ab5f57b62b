// expect: no-floating-promises
// The restock test runs skus.forEach(async ...) so its awaits and expectations run after the test has already finished.
export {};

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  toThrow(msg?: string | RegExp): void;
  rejects: { toThrow(msg?: string | RegExp): Promise<void> };
};

interface DummySku {
  sku: string;
  character: string;
  mouthMechanism: 'lever' | 'string' | 'trigger';
  eyeControl: boolean;
}

interface StockLevel {
  sku: string;
  onHand: number;
  reorderAt: number;
}

class Workshop {
  private readonly carvingHours = new Map<string, number>();
  async build(sku: DummySku, count: number): Promise<number> {
    const hours = (sku.eyeControl ? 14 : 9) * count;
    this.carvingHours.set(sku.sku, (this.carvingHours.get(sku.sku) ?? 0) + hours);
    await new Promise((r) => setTimeout(r, 1));
    return count;
  }
  hoursFor(sku: string): number {
    return this.carvingHours.get(sku) ?? 0;
  }
}

class DummyShop {
  private readonly stock = new Map<string, StockLevel>();
  constructor(private readonly workshop: Workshop, private readonly catalog: DummySku[]) {
    for (const item of catalog) this.stock.set(item.sku, { sku: item.sku, onHand: 0, reorderAt: 2 });
  }

  level(sku: string): StockLevel {
    const level = this.stock.get(sku);
    if (!level) throw new Error(`unknown sku ${sku}`);
    return level;
  }

  async restock(sku: string): Promise<StockLevel> {
    const level = this.level(sku);
    const item = this.catalog.find((c) => c.sku === sku)!;
    if (level.onHand > level.reorderAt) return level;
    const built = await this.workshop.build(item, level.reorderAt * 2 - level.onHand);
    level.onHand += built;
    return level;
  }

  sell(sku: string): void {
    const level = this.level(sku);
    if (level.onHand === 0) throw new Error(`${sku} sold out`);
    level.onHand -= 1;
  }
}

const catalog: DummySku[] = [
  { sku: 'VD-OWL', character: 'Professor Hoot', mouthMechanism: 'lever', eyeControl: true },
  { sku: 'VD-SAILOR', character: 'Barnacle Bill', mouthMechanism: 'string', eyeControl: false },
  { sku: 'VD-GRAN', character: 'Granny Pickles', mouthMechanism: 'trigger', eyeControl: true },
];

describe('ventriloquist dummy shop', () => {
  let workshop: Workshop;
  let shop: DummyShop;

  beforeEach(() => {
    workshop = new Workshop();
    shop = new DummyShop(workshop, catalog);
  });

  it('restocks every empty sku up to twice its reorder point', async () => {
    const skus = catalog.map((c) => c.sku);
    skus.forEach(async (sku) => {
      const level = await shop.restock(sku);
      expect(level.onHand).toBe(4);
      expect(workshop.hoursFor(sku)).toBeGreaterThan(0);
    });
  });

  it('does not rebuild a well-stocked sku', async () => {
    await shop.restock('VD-OWL');
    const hours = workshop.hoursFor('VD-OWL');
    await shop.restock('VD-OWL');
    expect(workshop.hoursFor('VD-OWL')).toBe(hours);
  });

  it('refuses to sell a sold-out dummy', () => {
    expect(() => shop.sell('VD-SAILOR')).toThrow('VD-SAILOR sold out');
  });
});
