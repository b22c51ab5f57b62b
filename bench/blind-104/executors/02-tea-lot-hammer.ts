// expect: none
// Each lot's deferred is taken out of the map and its countdown cleared before it is settled, so a lot settles exactly once no matter how bids, withdrawals and the hammer timer interleave.
import { EventEmitter } from 'node:events';

export interface Bid {
  lotId: string;
  bidder: string;
  pricePerKg: number;
}

export interface HammerResult {
  lotId: string;
  winner: Bid | null;
}

interface OpenLot {
  best: Bid | null;
  reservePerKg: number;
  timer: NodeJS.Timeout;
  deferred: PromiseWithResolvers<HammerResult>;
}

export class TeaAuctionFloor extends EventEmitter {
  private readonly lots = new Map<string, OpenLot>();

  constructor(private readonly goingOnceMs: number) {
    super();
  }

  open(lotId: string, reservePerKg: number): Promise<HammerResult> {
    if (this.lots.has(lotId)) {
      throw new Error(`lot ${lotId} is already on the floor`);
    }
    const deferred = Promise.withResolvers<HammerResult>();
    const timer = setTimeout(() => this.hammer(lotId), this.goingOnceMs);
    this.lots.set(lotId, { best: null, reservePerKg, timer, deferred });
    return deferred.promise;
  }

  bid(bid: Bid): boolean {
    const lot = this.lots.get(bid.lotId);
    if (!lot) return false;
    if (bid.pricePerKg < lot.reservePerKg) return false;
    if (lot.best && bid.pricePerKg <= lot.best.pricePerKg) return false;

    lot.best = bid;
    // every accepted bid restarts the going-once countdown
    clearTimeout(lot.timer);
    lot.timer = setTimeout(() => this.hammer(bid.lotId), this.goingOnceMs);
    this.emit('bid', bid);
    return true;
  }

  withdraw(lotId: string, reason: string): boolean {
    const lot = this.take(lotId);
    if (!lot) return false;
    lot.deferred.reject(new Error(`lot ${lotId} withdrawn: ${reason}`));
    return true;
  }

  closeFloor(reason: string): number {
    const ids = [...this.lots.keys()];
    for (const lotId of ids) this.withdraw(lotId, reason);
    return ids.length;
  }

  private hammer(lotId: string): void {
    const lot = this.take(lotId);
    if (!lot) return;
    lot.deferred.resolve({ lotId, winner: lot.best });
    this.emit('hammer', lotId, lot.best);
  }

  private take(lotId: string): OpenLot | undefined {
    const lot = this.lots.get(lotId);
    if (!lot) return undefined;
    this.lots.delete(lotId);
    clearTimeout(lot.timer);
    return lot;
  }
}
