// expect: no-multiple-settle
// When the auctioneer replies "outbid" the pending entry is removed and its timer cleared but neither resolve nor reject is called, so placeBid() never settles.
import { EventEmitter } from 'node:events';

export interface TeaLot {
  lotNumber: string;
  estate: string;
  grade: 'FTGFOP1' | 'TGFOP' | 'BOP' | 'Dust';
  weightKg: number;
}

interface BidReply {
  ref: number;
  result: 'accepted' | 'rejected' | 'outbid';
  highestBid?: number;
  reason?: string;
}

export interface BidReceipt {
  lotNumber: string;
  amountPerKg: number;
  acceptedAt: Date;
}

export interface AuctionFloorSocket extends EventEmitter {
  send(message: string): void;
}

type Waiter = {
  lot: TeaLot;
  amount: number;
  resolve: (receipt: BidReceipt) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
};

export class BiddingDesk extends EventEmitter {
  private nextRef = 1;
  private readonly waiters = new Map<number, Waiter>();

  constructor(
    private readonly floor: AuctionFloorSocket,
    private readonly replyTimeoutMs = 4000,
  ) {
    super();
    floor.on('message', (raw: string) => this.handleReply(JSON.parse(raw) as BidReply));
    floor.on('close', () => {
      for (const waiter of this.waiters.values()) {
        clearTimeout(waiter.timer);
        waiter.reject(new Error('auction floor connection closed'));
      }
      this.waiters.clear();
    });
  }

  placeBid(lot: TeaLot, amountPerKg: number): Promise<BidReceipt> {
    const ref = this.nextRef++;
    return new Promise<BidReceipt>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(ref);
        reject(new Error(`no reply for bid on lot ${lot.lotNumber}`));
      }, this.replyTimeoutMs);
      this.waiters.set(ref, { lot, amount: amountPerKg, resolve, reject, timer });
      this.floor.send(JSON.stringify({ ref, lot: lot.lotNumber, amountPerKg }));
    });
  }

  private handleReply(reply: BidReply): void {
    const waiter = this.waiters.get(reply.ref);
    if (!waiter) return;
    this.waiters.delete(reply.ref);
    clearTimeout(waiter.timer);

    if (reply.result === 'accepted') {
      waiter.resolve({ lotNumber: waiter.lot.lotNumber, amountPerKg: waiter.amount, acceptedAt: new Date() });
    } else if (reply.result === 'rejected') {
      waiter.reject(new Error(`bid on ${waiter.lot.lotNumber} rejected: ${reply.reason ?? 'unspecified'}`));
    } else if (reply.result === 'outbid') {
      // Let the broker UI show the new high bid so the buyer can decide whether to go again.
      this.emit('outbid', { lot: waiter.lot, ourBid: waiter.amount, highestBid: reply.highestBid });
    }
  }
}

export function openingBid(lot: TeaLot, valuationPerKg: number): number {
  const gradeFactor = lot.grade === 'FTGFOP1' ? 0.85 : lot.grade === 'TGFOP' ? 0.8 : 0.7;
  return Math.round(valuationPerKg * gradeFactor * 100) / 100;
}
