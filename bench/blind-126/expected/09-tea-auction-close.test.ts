// expect: no-uncalled-async-function
// close() lists releaseUnsoldLots without calling it among the promises given to Promise.all, so unsold lots are never returned to their gardens when the session closes.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Bid {
  lotNumber: string;
  buyerId: string;
  perKg: number;
}

interface AuctionBackend {
  saveBids(saleNo: string, bids: Bid[]): Promise<void>;
  returnToGarden(saleNo: string, lotNumbers: string[]): Promise<void>;
  notifyBuyer(buyerId: string, lots: string[]): Promise<void>;
}

class AuctionSession {
  private readonly bids = new Map<string, Bid>();
  private closed = false;

  constructor(
    private readonly backend: AuctionBackend,
    private readonly saleNo: string,
    private readonly lots: string[],
  ) {}

  bid(bid: Bid): boolean {
    if (this.closed) throw new Error(`sale ${this.saleNo} is closed`);
    if (!this.lots.includes(bid.lotNumber)) throw new Error(`lot ${bid.lotNumber} is not in sale ${this.saleNo}`);
    const best = this.bids.get(bid.lotNumber);
    if (best && best.perKg >= bid.perKg) return false;
    this.bids.set(bid.lotNumber, bid);
    return true;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([this.persistBids(), this.releaseUnsoldLots, this.notifyWinners()]);
  }

  private async persistBids(): Promise<void> {
    await this.backend.saveBids(this.saleNo, [...this.bids.values()]);
  }

  private async releaseUnsoldLots(): Promise<void> {
    const unsold = this.lots.filter((lot) => !this.bids.has(lot));
    if (unsold.length > 0) await this.backend.returnToGarden(this.saleNo, unsold);
  }

  private async notifyWinners(): Promise<void> {
    const byBuyer = new Map<string, string[]>();
    for (const bid of this.bids.values()) {
      byBuyer.set(bid.buyerId, [...(byBuyer.get(bid.buyerId) ?? []), bid.lotNumber]);
    }
    await Promise.all([...byBuyer].map(([buyerId, lots]) => this.backend.notifyBuyer(buyerId, lots)));
  }
}

describe('AuctionSession', () => {
  let backend: { [K in keyof AuctionBackend]: ReturnType<typeof vi.fn> };
  let session: AuctionSession;

  beforeEach(() => {
    backend = {
      saveBids: vi.fn(async () => undefined),
      returnToGarden: vi.fn(async () => undefined),
      notifyBuyer: vi.fn(async () => undefined),
    };
    session = new AuctionSession(backend as unknown as AuctionBackend, 'COL-24-18', ['101', '102', '103']);
  });

  afterEach(() => {
    vi.resetAllMocks();
  });

  it('keeps only the highest bid per lot', () => {
    expect(session.bid({ lotNumber: '101', buyerId: 'b-ceylon-teas', perKg: 4.1 })).toBe(true);
    expect(session.bid({ lotNumber: '101', buyerId: 'b-harbour', perKg: 3.9 })).toBe(false);
    expect(session.bid({ lotNumber: '101', buyerId: 'b-harbour', perKg: 4.25 })).toBe(true);
  });

  it('rejects bids on lots outside the sale', () => {
    expect(() => session.bid({ lotNumber: '999', buyerId: 'b-harbour', perKg: 5 })).toThrow(/not in sale/);
  });

  it('persists winning bids and notifies each buyer once on close', async () => {
    session.bid({ lotNumber: '101', buyerId: 'b-harbour', perKg: 4.25 });
    session.bid({ lotNumber: '103', buyerId: 'b-harbour', perKg: 3.6 });
    await session.close();
    expect(backend.saveBids).toHaveBeenCalledWith('COL-24-18', [
      { lotNumber: '101', buyerId: 'b-harbour', perKg: 4.25 },
      { lotNumber: '103', buyerId: 'b-harbour', perKg: 3.6 },
    ]);
    expect(backend.notifyBuyer).toHaveBeenCalledTimes(1);
    expect(backend.notifyBuyer).toHaveBeenCalledWith('b-harbour', ['101', '103']);
  });

  it('refuses bids after the hammer has fallen', async () => {
    await session.close();
    expect(() => session.bid({ lotNumber: '102', buyerId: 'b-harbour', perKg: 4 })).toThrow(/is closed/);
  });
});
