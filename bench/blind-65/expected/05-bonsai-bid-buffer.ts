// expect: no-uncalled-async-function
// close() awaits this.flushBids (the method) instead of calling it, so buffered bids are dropped at shutdown.
export interface Bid {
  lotId: string;
  paddle: number;
  amountCents: number;
  placedAt: number;
  channel: 'floor' | 'phone' | 'online';
}

interface BidLedger {
  appendBatch(bids: Bid[]): Promise<{ accepted: number; rejected: Array<{ bid: Bid; reason: string }> }>;
  disconnect(): Promise<void>;
}

declare const auctionLog: {
  info(msg: string, data?: Record<string, unknown>): void;
  error(msg: string, err: unknown): void;
};

export class BidBuffer {
  private pending: Bid[] = [];
  private flushing: Promise<void> | undefined;
  private readonly timer: ReturnType<typeof setInterval>;
  private closed = false;
  private readonly highest = new Map<string, Bid>();

  constructor(private readonly ledger: BidLedger, flushEveryMs = 500, private readonly maxBatch = 200) {
    this.timer = setInterval(() => {
      this.flushBids().catch((err) => auctionLog.error('periodic bid flush failed', err));
    }, flushEveryMs);
  }

  place(bid: Bid): { leading: boolean } {
    if (this.closed) throw new Error('Bidding is closed');
    const current = this.highest.get(bid.lotId);
    if (current && current.amountCents >= bid.amountCents) {
      return { leading: false };
    }
    this.highest.set(bid.lotId, bid);
    this.pending.push(bid);
    return { leading: true };
  }

  leadingBid(lotId: string): Bid | undefined {
    return this.highest.get(lotId);
  }

  async flushBids(): Promise<void> {
    if (this.flushing) return this.flushing;
    if (this.pending.length === 0) return;

    const batch = this.pending.splice(0, this.maxBatch);
    this.flushing = (async () => {
      try {
        const result = await this.ledger.appendBatch(batch);
        for (const { bid, reason } of result.rejected) {
          auctionLog.info('ledger rejected bid', { lotId: bid.lotId, paddle: bid.paddle, reason });
        }
      } catch (err) {
        this.pending.unshift(...batch);
        throw err;
      } finally {
        this.flushing = undefined;
      }
    })();
    return this.flushing;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    await this.flushBids;
    await this.ledger.disconnect();
    auctionLog.info('bid buffer closed', { lots: this.highest.size, unflushed: this.pending.length });
  }
}

export function hammerSummary(buffer: BidBuffer, lotIds: string[]): string[] {
  return lotIds.map((lotId) => {
    const bid = buffer.leadingBid(lotId);
    if (!bid) return `${lotId}: passed`;
    const amount = (bid.amountCents / 100).toLocaleString('en-US', { style: 'currency', currency: 'USD' });
    return `${lotId}: sold to paddle ${bid.paddle} for ${amount} (${bid.channel})`;
  });
}
