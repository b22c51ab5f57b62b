// expect: none
// Every bid/close promise is awaited (or handed to expect().resolves/rejects) before its value is asserted; the closing promise is stored on purpose and awaited later.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: <T>(actual: T) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeNull(): void;
  resolves: { toEqual(expected: unknown): Promise<void> };
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

interface Bid {
  lot: string;
  buyer: string;
  rupeesPerKg: number;
}

interface LotResult {
  lot: string;
  buyer: string | null;
  rupeesPerKg: number;
}

class TeaAuctionFloor {
  private readonly best = new Map<string, Bid>();
  private readonly closed = new Set<string>();

  constructor(private readonly reserves: Record<string, number>) {}

  async placeBid(bid: Bid): Promise<Bid> {
    if (this.closed.has(bid.lot)) throw new Error(`lot ${bid.lot} is closed`);
    const current = this.best.get(bid.lot);
    const floor = current ? current.rupeesPerKg + 1 : this.reserves[bid.lot] ?? 0;
    if (bid.rupeesPerKg < floor) throw new Error(`bid below ${floor}`);
    this.best.set(bid.lot, bid);
    return bid;
  }

  async closeLot(lot: string, graceMs = 0): Promise<LotResult> {
    await new Promise((resolve) => setTimeout(resolve, graceMs));
    this.closed.add(lot);
    const winner = this.best.get(lot);
    return winner
      ? { lot, buyer: winner.buyer, rupeesPerKg: winner.rupeesPerKg }
      : { lot, buyer: null, rupeesPerKg: this.reserves[lot] ?? 0 };
  }
}

describe('Kolkata CTC catalogue', () => {
  let floor: TeaAuctionFloor;

  beforeEach(() => {
    floor = new TeaAuctionFloor({ 'ASSAM-114': 240, 'DOOARS-07': 180 });
  });

  it('accepts an opening bid at the reserve', async () => {
    const accepted = await floor.placeBid({ lot: 'ASSAM-114', buyer: 'Harrow Blends', rupeesPerKg: 240 });
    expect(accepted.rupeesPerKg).toBe(240);
  });

  it('requires each bid to beat the last by a rupee', async () => {
    await floor.placeBid({ lot: 'ASSAM-114', buyer: 'Harrow Blends', rupeesPerKg: 250 });
    await expect(floor.placeBid({ lot: 'ASSAM-114', buyer: 'Dunmore & Co', rupeesPerKg: 250 })).rejects.toThrow(
      /below 251/,
    );
  });

  it('takes bids that arrive during the grace period', async () => {
    const closing = floor.closeLot('DOOARS-07', 20);
    await floor.placeBid({ lot: 'DOOARS-07', buyer: 'Dunmore & Co', rupeesPerKg: 195 });
    const result = await closing;
    expect(result).toEqual({ lot: 'DOOARS-07', buyer: 'Dunmore & Co', rupeesPerKg: 195 });
  });

  it('reports unsold lots at reserve', async () => {
    await expect(floor.closeLot('ASSAM-114')).resolves.toEqual({ lot: 'ASSAM-114', buyer: null, rupeesPerKg: 240 });
    expect((await floor.closeLot('DOOARS-07')).buyer).toBeNull();
  });

  it('refuses bids once the hammer falls', async () => {
    await floor.closeLot('ASSAM-114');
    await expect(floor.placeBid({ lot: 'ASSAM-114', buyer: 'Late Buyer', rupeesPerKg: 400 })).rejects.toThrow('closed');
  });
});
