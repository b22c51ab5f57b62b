// expect: none
// Look-alike: each assertion awaits the async catalog call (or uses .resolves/.rejects and awaits that) before comparing.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare function expect(actual: unknown): {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeTruthy(): void;
  toBeFalsy(): void;
  resolves: { toBe(expected: unknown): Promise<void>; toEqual(expected: unknown): Promise<void> };
  rejects: { toThrow(msg?: string): Promise<void> };
};

interface TeaLot {
  lotNo: string;
  garden: string;
  grade: 'FTGFOP' | 'TGFOP' | 'BOP' | 'Dust';
  chests: number;
  reserveUsdPerKg: number;
}

class LotCatalog {
  private lots = new Map<string, TeaLot>();

  async add(lot: TeaLot): Promise<void> {
    if (this.lots.has(lot.lotNo)) throw new Error(`duplicate lot ${lot.lotNo}`);
    await new Promise((r) => setImmediate(r));
    this.lots.set(lot.lotNo, { ...lot });
  }

  async isListed(lotNo: string): Promise<boolean> {
    await new Promise((r) => setImmediate(r));
    return this.lots.has(lotNo);
  }

  async totalChests(garden: string): Promise<number> {
    let sum = 0;
    for (const lot of this.lots.values()) if (lot.garden === garden) sum += lot.chests;
    return sum;
  }

  async lookup(lotNo: string): Promise<TeaLot | undefined> {
    return this.lots.get(lotNo);
  }
}

describe('LotCatalog', () => {
  let catalog: LotCatalog;

  beforeEach(async () => {
    catalog = new LotCatalog();
    await catalog.add({ lotNo: 'A-101', garden: 'Makaibari', grade: 'FTGFOP', chests: 20, reserveUsdPerKg: 18.5 });
    await catalog.add({ lotNo: 'A-102', garden: 'Makaibari', grade: 'BOP', chests: 35, reserveUsdPerKg: 6.2 });
  });

  it('reports listed lots', async () => {
    expect(await catalog.isListed('A-101')).toBeTruthy();
    expect(await catalog.isListed('Z-999')).toBeFalsy();
  });

  it('sums chests per garden', async () => {
    const total = await catalog.totalChests('Makaibari');
    expect(total).toBe(55);
    await expect(catalog.totalChests('Castleton')).resolves.toBe(0);
  });

  it('returns a copy of the lot', async () => {
    const lot = await catalog.lookup('A-102');
    expect(lot).toEqual({ lotNo: 'A-102', garden: 'Makaibari', grade: 'BOP', chests: 35, reserveUsdPerKg: 6.2 });
  });

  it('refuses duplicate lot numbers', async () => {
    await expect(catalog.add({ lotNo: 'A-101', garden: 'Giddapahar', grade: 'TGFOP', chests: 10, reserveUsdPerKg: 22 })).rejects.toThrow(
      'duplicate lot A-101',
    );
  });
});
