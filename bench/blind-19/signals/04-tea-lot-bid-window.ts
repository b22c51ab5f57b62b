// expect: no-leaked-race
// Bug: awaitClosingBid races the hammer event against a setTimeout that is never cleared, and the losing once() listener is never removed when the window wins.
import { EventEmitter, once } from 'node:events';

export interface TeaLot {
  lotNumber: number;
  estate: string;
  grade: 'FTGFOP1' | 'TGFOP' | 'BOP' | 'Dust';
  chests: number;
  reservePerKg: number;
}

export interface Bid {
  lotNumber: number;
  buyer: string;
  pricePerKg: number;
  at: number;
}

export class LotClosedWithoutSale extends Error {
  constructor(
    readonly lot: TeaLot,
    readonly highest?: Bid,
  ) {
    super(`lot ${lot.lotNumber} closed without meeting reserve`);
    this.name = 'LotClosedWithoutSale';
  }
}

export class AuctionFloor extends EventEmitter {
  private highest = new Map<number, Bid>();

  submit(bid: Bid): void {
    const current = this.highest.get(bid.lotNumber);
    if (!current || bid.pricePerKg > current.pricePerKg) {
      this.highest.set(bid.lotNumber, bid);
      this.emit(`bid:${bid.lotNumber}`, bid);
    }
  }

  hammer(lotNumber: number): void {
    this.emit(`hammer:${lotNumber}`, this.highest.get(lotNumber));
  }

  highestFor(lotNumber: number): Bid | undefined {
    return this.highest.get(lotNumber);
  }
}

function windowElapsed(ms: number, lot: TeaLot): Promise<never> {
  return new Promise((_, reject) => {
    setTimeout(() => reject(new LotClosedWithoutSale(lot)), ms);
  });
}

export async function awaitClosingBid(floor: AuctionFloor, lot: TeaLot, windowMs: number, signal: AbortSignal): Promise<Bid> {
  const [finalBid] = (await Promise.race([once(floor, `hammer:${lot.lotNumber}`, { signal }), windowElapsed(windowMs, lot)])) as [
    Bid | undefined,
  ];

  if (!finalBid || finalBid.pricePerKg < lot.reservePerKg) {
    throw new LotClosedWithoutSale(lot, finalBid);
  }
  return finalBid;
}

export async function runCatalogue(floor: AuctionFloor, lots: TeaLot[], signal: AbortSignal): Promise<{ sold: Bid[]; unsold: TeaLot[] }> {
  const sold: Bid[] = [];
  const unsold: TeaLot[] = [];

  for (const lot of lots) {
    signal.throwIfAborted();
    // Bigger lots get a longer window so buyers can confer with blenders.
    const windowMs = 45_000 + Math.min(lot.chests, 60) * 500;
    try {
      sold.push(await awaitClosingBid(floor, lot, windowMs, signal));
    } catch (err) {
      if (err instanceof LotClosedWithoutSale) {
        unsold.push(lot);
        continue;
      }
      throw err;
    }
  }

  return { sold, unsold };
}
