// expect: no-unobserved-promise
// stockTake starts a count for every font up front and then awaits them one at a time in a loop, so a later font's count can reject while the loop is still waiting on an earlier one.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface TypeStore {
  countSorts(font: string): Promise<Record<string, number>>;
}

interface FontTotal {
  font: string;
  sorts: number;
  short: string[];
}

// Minimum sorts per character for a working case of body type.
const MIN_PER_CHAR: Record<string, number> = { e: 120, t: 90, a: 80, o: 80, n: 70, q: 6, z: 4 };

class SortsInventory {
  constructor(private readonly store: TypeStore) {}

  async stockTake(fonts: string[]): Promise<FontTotal[]> {
    const counts = fonts.map((font) => this.store.countSorts(font));
    const totals: FontTotal[] = [];
    for (let i = 0; i < fonts.length; i++) {
      const perChar = await counts[i];
      const sorts = Object.values(perChar).reduce((a, b) => a + b, 0);
      const short = Object.entries(MIN_PER_CHAR)
        .filter(([ch, min]) => (perChar[ch] ?? 0) < min)
        .map(([ch]) => ch);
      totals.push({ font: fonts[i], sorts, short });
    }
    return totals;
  }
}

describe('SortsInventory.stockTake', () => {
  let store: { countSorts: ReturnType<typeof vi.fn<(font: string) => Promise<Record<string, number>>>> };
  let inventory: SortsInventory;

  beforeEach(() => {
    store = { countSorts: vi.fn<(font: string) => Promise<Record<string, number>>>() };
    inventory = new SortsInventory(store);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('totals each font and lists characters running short', async () => {
    store.countSorts.mockImplementation(async (font) =>
      font === 'caslon-12'
        ? { e: 150, t: 95, a: 85, o: 81, n: 70, q: 6, z: 2 }
        : { e: 100, t: 90, a: 80, o: 80, n: 70, q: 6, z: 4 },
    );
    const totals = await inventory.stockTake(['caslon-12', 'bodoni-10']);
    expect(totals).toEqual([
      { font: 'caslon-12', sorts: 489, short: ['z'] },
      { font: 'bodoni-10', sorts: 430, short: ['e'] },
    ]);
  });

  it('treats missing characters as zero', async () => {
    store.countSorts.mockResolvedValue({ e: 200 });
    const [total] = await inventory.stockTake(['gill-sans-14']);
    expect(total.short).toContain('q');
    expect(total.short).not.toContain('e');
  });

  it('fails the stock-take when a case cannot be counted', async () => {
    store.countSorts.mockResolvedValueOnce({ e: 130 }).mockRejectedValueOnce(new Error('case drawer jammed'));
    await expect(inventory.stockTake(['baskerville-12', 'futura-18'])).rejects.toThrow('case drawer jammed');
  });

  it('asks the store once per font', async () => {
    store.countSorts.mockResolvedValue({});
    await inventory.stockTake(['a', 'b', 'c']);
    expect(store.countSorts).toHaveBeenCalledTimes(3);
  });
});
