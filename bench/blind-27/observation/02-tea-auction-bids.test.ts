// expect: none
// Concurrent bids are combined with Promise.all and every rejection expectation is awaited, so no promise is left unobserved.
import { EventEmitter } from 'node:events';

declare function describe(name: string, body: () => void): void;
declare function it(name: string, body: () => Promise<void> | void): void;
declare function beforeEach(body: () => Promise<void> | void): void;
declare function expect<T>(actual: T): {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
  rejects: { toThrow(message?: string | RegExp): Promise<void> };
};

interface Lot {
  lotNumber: string;
  garden: string;
  grade: 'FTGFOP' | 'TGFOP' | 'BOP' | 'Dust';
  reservePerKg: number;
}

class AuctionFloor extends EventEmitter {
  private highest = new Map<string, { bidder: string; pricePerKg: number }>();
  private closed = new Set<string>();

  constructor(private readonly lots: Lot[]) {
    super();
  }

  async placeBid(lotNumber: string, bidder: string, pricePerKg: number): Promise<void> {
    await Promise.resolve();
    const lot = this.lots.find((l) => l.lotNumber === lotNumber);
    if (!lot) throw new Error(`Unknown lot ${lotNumber}`);
    if (this.closed.has(lotNumber)) throw new Error(`Lot ${lotNumber} is closed`);
    if (pricePerKg < lot.reservePerKg) throw new Error('Bid below reserve');
    const current = this.highest.get(lotNumber);
    if (!current || pricePerKg > current.pricePerKg) {
      this.highest.set(lotNumber, { bidder, pricePerKg });
      this.emit('outbid', { lotNumber, bidder, pricePerKg });
    }
  }

  async hammer(lotNumber: string): Promise<{ bidder: string; pricePerKg: number } | undefined> {
    await Promise.resolve();
    this.closed.add(lotNumber);
    return this.highest.get(lotNumber);
  }
}

describe('AuctionFloor', () => {
  let floor: AuctionFloor;

  beforeEach(() => {
    floor = new AuctionFloor([
      { lotNumber: 'A-101', garden: 'Makaibari', grade: 'FTGFOP', reservePerKg: 420 },
      { lotNumber: 'A-102', garden: 'Glenburn', grade: 'TGFOP', reservePerKg: 310 },
    ]);
  });

  it('keeps the highest of several simultaneous bids', async () => {
    const events: string[] = [];
    floor.on('outbid', (e: { bidder: string }) => events.push(e.bidder));

    await Promise.all([
      floor.placeBid('A-101', 'Wilson & Co', 430),
      floor.placeBid('A-101', 'Harrods Buying', 455),
      floor.placeBid('A-101', 'Tetley Blending', 440),
    ]);

    const winner = await floor.hammer('A-101');
    expect(winner).toEqual({ bidder: 'Harrods Buying', pricePerKg: 455 });
    expect(events.length > 0).toBe(true);
  });

  it('rejects bids under the reserve', async () => {
    await expect(floor.placeBid('A-102', 'Wilson & Co', 250)).rejects.toThrow('Bid below reserve');
  });

  it('refuses bids after the hammer falls', async () => {
    await floor.placeBid('A-102', 'Wilson & Co', 320);
    await floor.hammer('A-102');
    await expect(floor.placeBid('A-102', 'Tetley Blending', 400)).rejects.toThrow(/closed/);
  });

  it('rejects bids on lots that were never catalogued', async () => {
    await expect(floor.placeBid('Z-999', 'Wilson & Co', 500)).rejects.toThrow(/Unknown lot/);
  });
});
