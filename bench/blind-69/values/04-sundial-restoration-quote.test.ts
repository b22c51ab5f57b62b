// expect: no-promise-as-value
// The first test asserts toBeTruthy() on the promise from the async partsCatalog.inStock(), which is always truthy, so it passes even when the part is out of stock.
interface Matchers {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeTruthy(): void;
  toBeGreaterThan(expected: number): void;
}
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => Matchers;

export interface DialCondition {
  dialId: string;
  material: 'bronze' | 'slate' | 'sandstone' | 'brass';
  gnomonBent: boolean;
  hourLinesLegiblePct: number;
}

export interface RestorationQuote {
  dialId: string;
  items: Array<{ task: string; hours: number; partSku?: string }>;
  totalHours: number;
}

export interface PartsCatalog {
  inStock(sku: string): Promise<boolean>;
}

const GNOMON_SKU: Record<DialCondition['material'], string> = {
  bronze: 'GN-BRZ-30',
  brass: 'GN-BRS-30',
  slate: 'GN-SS-25',
  sandstone: 'GN-SS-25',
};

export async function quoteRestoration(dial: DialCondition, catalog: PartsCatalog): Promise<RestorationQuote> {
  const items: RestorationQuote['items'] = [{ task: 'survey and clean', hours: 2 }];
  if (dial.gnomonBent) {
    const sku = GNOMON_SKU[dial.material];
    const available = await catalog.inStock(sku);
    items.push(available ? { task: 'replace gnomon', hours: 3, partSku: sku } : { task: 'straighten gnomon', hours: 6 });
  }
  if (dial.hourLinesLegiblePct < 70) {
    items.push({ task: 're-cut hour lines', hours: dial.material === 'slate' ? 8 : 5 });
  }
  return { dialId: dial.dialId, items, totalHours: items.reduce((sum, i) => sum + i.hours, 0) };
}

describe('quoteRestoration', () => {
  let stock: Set<string>;
  let partsCatalog: PartsCatalog;

  beforeEach(() => {
    stock = new Set(['GN-BRZ-30']);
    partsCatalog = { inStock: async (sku) => stock.has(sku) };
  });

  it('replaces a bent bronze gnomon from stock', async () => {
    const dial: DialCondition = { dialId: 'kew-1', material: 'bronze', gnomonBent: true, hourLinesLegiblePct: 90 };
    expect(partsCatalog.inStock(GNOMON_SKU.bronze)).toBeTruthy();
    const quote = await quoteRestoration(dial, partsCatalog);
    expect(quote.items.map((i) => i.task)).toEqual(['survey and clean', 'replace gnomon']);
    expect(quote.totalHours).toBe(5);
  });

  it('falls back to straightening when no gnomon is in stock', async () => {
    stock.clear();
    const dial: DialCondition = { dialId: 'bath-3', material: 'brass', gnomonBent: true, hourLinesLegiblePct: 95 };
    const quote = await quoteRestoration(dial, partsCatalog);
    expect(quote.items[1]).toEqual({ task: 'straighten gnomon', hours: 6 });
  });

  it('adds line re-cutting for worn slate dials', async () => {
    const dial: DialCondition = { dialId: 'oxford-7', material: 'slate', gnomonBent: false, hourLinesLegiblePct: 40 };
    const quote = await quoteRestoration(dial, partsCatalog);
    expect(quote.totalHours).toBe(10);
    expect(quote.items.length).toBeGreaterThan(1);
  });
});
