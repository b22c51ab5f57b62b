// expect: no-promise-as-value
// In the currency test, assert.ok(registry.meetsReserve("L43")) is handed the Promise from the async method, which is always truthy, so the assertion can never fail.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface Bid {
  paddle: number;
  amountGbp: number;
  placedAt: number;
}

interface Lot {
  lotId: string;
  title: string;
  reserveGbp: number;
  bids: Bid[];
}

declare const fxRates: { toGbp(amount: number, currency: string): Promise<number> };

class AuctionRegistry {
  private lots = new Map<string, Lot>();

  register(lotId: string, title: string, reserveGbp: number): void {
    this.lots.set(lotId, { lotId, title, reserveGbp, bids: [] });
  }

  async placeBid(lotId: string, paddle: number, amount: number, currency = 'GBP'): Promise<void> {
    const lot = this.lots.get(lotId);
    if (!lot) throw new Error(`unknown lot ${lotId}`);
    const amountGbp = currency === 'GBP' ? amount : await fxRates.toGbp(amount, currency);
    lot.bids.push({ paddle, amountGbp, placedAt: Date.now() });
  }

  async highestBid(lotId: string): Promise<Bid | undefined> {
    const lot = this.lots.get(lotId);
    if (!lot) return undefined;
    return [...lot.bids].sort((a, b) => b.amountGbp - a.amountGbp)[0];
  }

  async meetsReserve(lotId: string): Promise<boolean> {
    const lot = this.lots.get(lotId);
    const top = await this.highestBid(lotId);
    return !!lot && !!top && top.amountGbp >= lot.reserveGbp;
  }
}

describe('AuctionRegistry reserve handling', () => {
  let registry: AuctionRegistry;

  beforeEach(() => {
    registry = new AuctionRegistry();
    registry.register('L42', 'Kelmscott Chaucer, 1896', 95_000);
    registry.register('L43', 'Shakespeare Second Folio', 400_000);
  });

  it('treats a bid at the reserve as sold', async () => {
    await registry.placeBid('L42', 118, 95_000);
    assert.equal(await registry.meetsReserve('L42'), true);
  });

  it('keeps the lot unsold while bids stay under the reserve', async () => {
    await registry.placeBid('L43', 204, 250_000);
    await registry.placeBid('L43', 311, 310_000);
    const top = await registry.highestBid('L43');
    assert.equal(top?.paddle, 311);
    assert.equal(await registry.meetsReserve('L43'), false);
  });

  it('converts foreign bids before checking the reserve', async () => {
    await registry.placeBid('L43', 204, 250_000);
    await registry.placeBid('L43', 517, 520_000, 'USD');
    assert.ok(registry.meetsReserve('L43'));
  });
});
