// expect: none
// Async functions are passed as callbacks on purpose: to assert.rejects (which calls them), to Array.map, and as test bodies.
import { test, describe, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface TeaLot {
  readonly lotNumber: number;
  readonly estate: string;
  readonly grade: 'FTGFOP' | 'TGFOP' | 'BOP' | 'CTC';
  readonly chests: number;
  readonly reservePerKg: number;
}

class LotCatalog {
  private lots = new Map<number, TeaLot>();

  seed(lots: TeaLot[]): void {
    this.lots = new Map(lots.map((l) => [l.lotNumber, l]));
  }

  async fetchLot(lotNumber: number): Promise<TeaLot> {
    await new Promise((r) => setImmediate(r));
    const lot = this.lots.get(lotNumber);
    if (!lot) throw new RangeError(`lot ${lotNumber} is not in this sale`);
    return lot;
  }

  async openingBid(lotNumber: number): Promise<number> {
    const lot = await this.fetchLot(lotNumber);
    const gradeFactor = lot.grade === 'FTGFOP' ? 1.15 : lot.grade === 'TGFOP' ? 1.05 : 1;
    return Math.round(lot.reservePerKg * gradeFactor * 100) / 100;
  }
}

const fixtureLots: TeaLot[] = [
  { lotNumber: 101, estate: 'Makaibari', grade: 'FTGFOP', chests: 20, reservePerKg: 42 },
  { lotNumber: 102, estate: 'Halmari', grade: 'TGFOP', chests: 35, reservePerKg: 18.5 },
  { lotNumber: 103, estate: 'Kenmare', grade: 'CTC', chests: 60, reservePerKg: 3.2 },
];

describe('LotCatalog', () => {
  let catalog: LotCatalog;

  beforeEach(() => {
    catalog = new LotCatalog();
    catalog.seed(fixtureLots);
  });

  test('loads several lots in parallel', async () => {
    const numbers = [101, 102, 103];
    const lots = await Promise.all(numbers.map((n) => catalog.fetchLot(n)));
    assert.deepEqual(
      lots.map((l) => l.estate),
      ['Makaibari', 'Halmari', 'Kenmare'],
    );
  });

  test('rejects a lot that was withdrawn from the sale', async () => {
    await assert.rejects(() => catalog.fetchLot(999), RangeError);
  });

  test('rejects opening bids for unknown lots', async () => {
    const withdrawnBid = catalog.openingBid.bind(catalog, 404);
    await assert.rejects(withdrawnBid, /lot 404/);
  });

  test('applies grade premiums to the reserve', async () => {
    assert.equal(await catalog.openingBid(101), 48.3);
    assert.equal(await catalog.openingBid(102), 19.43);
    assert.equal(await catalog.openingBid(103), 3.2);
  });
});

async function checkChestTotals(): Promise<void> {
  const catalog = new LotCatalog();
  catalog.seed(fixtureLots);
  const lots = await Promise.all([101, 102, 103].map(catalog.fetchLot, catalog));
  const chests = lots.reduce((sum, l) => sum + l.chests, 0);
  assert.equal(chests, 115);
}

test('chest totals across the catalogue', checkChestTotals);
