// expect: none
// The catalog deliberately caches one in-flight promise; the test awaits it twice to prove both callers share a single fetch, and mocks are passed as functions on purpose.
import { describe, it, mock } from 'node:test';
import assert from 'node:assert/strict';

interface Lot {
  lotNo: number;
  garden: string;
  grade: 'FTGFOP' | 'TGFOP' | 'BOP' | 'PF';
  chests: number;
  reservePerKg: number;
}

type CatalogSource = (saleNo: number) => Promise<Lot[]>;

class AuctionCatalog {
  private pending: Promise<Lot[]> | undefined;

  constructor(
    private readonly saleNo: number,
    private readonly source: CatalogSource,
  ) {}

  load(): Promise<Lot[]> {
    this.pending ??= this.source(this.saleNo).catch((err) => {
      this.pending = undefined;
      throw err;
    });
    return this.pending;
  }

  async lotsForGarden(garden: string): Promise<Lot[]> {
    const lots = await this.load();
    return lots.filter((l) => l.garden === garden);
  }
}

const sampleLots: Lot[] = [
  { lotNo: 101, garden: 'Castleton', grade: 'FTGFOP', chests: 12, reservePerKg: 410 },
  { lotNo: 102, garden: 'Margaret\'s Hope', grade: 'TGFOP', chests: 8, reservePerKg: 325 },
  { lotNo: 103, garden: 'Castleton', grade: 'BOP', chests: 20, reservePerKg: 190 },
];

describe('AuctionCatalog', () => {
  it('shares one fetch between concurrent callers', async () => {
    const source = mock.fn<CatalogSource>(async () => sampleLots);
    const catalog = new AuctionCatalog(42, source);

    const pending = catalog.load();
    const first = await pending;
    const second = await pending;

    assert.strictEqual(first, second);
    assert.equal(source.mock.callCount(), 1);
    assert.deepEqual(source.mock.calls[0]?.arguments, [42]);
  });

  it('filters lots by garden from the cached catalog', async () => {
    const source = mock.fn<CatalogSource>(async () => sampleLots);
    const catalog = new AuctionCatalog(42, source);

    const castleton = await catalog.lotsForGarden('Castleton');
    const hope = await catalog.lotsForGarden('Margaret\'s Hope');

    assert.deepEqual(castleton.map((l) => l.lotNo), [101, 103]);
    assert.equal(hope.length, 1);
    assert.equal(source.mock.callCount(), 1);
  });

  it('drops a failed load so the next call fetches again', async () => {
    let calls = 0;
    const source = mock.fn<CatalogSource>(async () => {
      calls++;
      if (calls === 1) throw new Error('broker feed unavailable');
      return sampleLots;
    });
    const catalog = new AuctionCatalog(43, source);

    await assert.rejects(catalog.load(), /broker feed unavailable/);
    const lots = await catalog.load();

    assert.equal(lots.length, 3);
    assert.equal(source.mock.callCount(), 2);
  });
});
