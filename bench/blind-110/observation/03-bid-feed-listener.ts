// expect: none
// The feed listener is synchronous and chains the promise from handleBid() into a .catch that records the failure and emits 'bid-rejected', so no rejection escapes the event handler.
import { EventEmitter } from 'node:events';

export interface RawBid {
  lotId: string;
  paddle: number;
  amountGbp: number;
  channel: 'room' | 'phone' | 'online';
  receivedAt: number;
}

export interface BidLedger {
  record(bid: RawBid): Promise<{ sequence: number }>;
  registeredPaddles(): Promise<Set<number>>;
}

interface LotState {
  highest: number;
  leader: number | null;
  sequence: number;
}

export class AuctionFloor extends EventEmitter {
  private readonly lots = new Map<string, LotState>();
  private readonly rejected: Array<{ bid: RawBid; reason: string }> = [];

  constructor(private readonly ledger: BidLedger, feed: EventEmitter, private readonly incrementGbp = 10) {
    super();
    feed.on('bid', (raw: RawBid) => {
      this.handleBid(raw).catch((err: unknown) => {
        const reason = err instanceof Error ? err.message : String(err);
        this.rejected.push({ bid: raw, reason });
        this.emit('bid-rejected', raw, reason);
      });
    });
  }

  leaderOf(lotId: string): number | null {
    return this.lots.get(lotId)?.leader ?? null;
  }

  rejections(): ReadonlyArray<{ bid: RawBid; reason: string }> {
    return this.rejected;
  }

  private async handleBid(bid: RawBid): Promise<void> {
    const paddles = await this.ledger.registeredPaddles();
    if (!paddles.has(bid.paddle)) throw new Error(`paddle ${bid.paddle} is not registered`);

    const state = this.lots.get(bid.lotId) ?? { highest: 0, leader: null, sequence: 0 };
    if (bid.amountGbp < state.highest + this.incrementGbp) {
      throw new Error(`£${bid.amountGbp} is below the next increment on ${bid.lotId}`);
    }
    const { sequence } = await this.ledger.record(bid);
    const current = this.lots.get(bid.lotId);
    if (current && sequence < current.sequence) return;
    this.lots.set(bid.lotId, { highest: bid.amountGbp, leader: bid.paddle, sequence });
    this.emit('leader', bid.lotId, bid.paddle, bid.amountGbp);
  }
}
