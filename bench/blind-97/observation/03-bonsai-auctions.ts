// expect: none
// The 'bid' listener is synchronous: the ledger write it starts gets a catch immediately and is tracked in a set that close() awaits, so no promise is dropped and no write failure goes unhandled.
import { EventEmitter } from 'node:events';

export interface Bid {
  lotId: string;
  bidder: string;
  amount: number;
  receivedAt: number;
}

export interface BidLedger {
  append(bid: Bid): Promise<void>;
  flush(): Promise<void>;
}

export interface BidFeed extends EventEmitter {
  on(event: 'bid', listener: (bid: Bid) => void): this;
  on(event: 'error', listener: (err: Error) => void): this;
}

export class BidRecorder {
  private readonly inflight = new Set<Promise<void>>();
  private readonly failures: Array<{ bid: Bid; error: unknown }> = [];
  private highest = new Map<string, Bid>();

  constructor(private readonly feed: BidFeed, private readonly ledger: BidLedger) {
    feed.on('bid', this.onBid);
    feed.on('error', this.onFeedError);
  }

  private readonly onBid = (bid: Bid): void => {
    const current = this.highest.get(bid.lotId);
    if (!current || bid.amount > current.amount) this.highest.set(bid.lotId, bid);

    const write = this.ledger
      .append(bid)
      .catch((error: unknown) => {
        this.failures.push({ bid, error });
      })
      .finally(() => {
        this.inflight.delete(write);
      });
    this.inflight.add(write);
  };

  private readonly onFeedError = (err: Error): void => {
    this.failures.push({ bid: { lotId: '*', bidder: '*', amount: 0, receivedAt: Date.now() }, error: err });
  };

  leader(lotId: string): Bid | undefined {
    return this.highest.get(lotId);
  }

  async close(): Promise<Array<{ bid: Bid; error: unknown }>> {
    this.feed.off('bid', this.onBid);
    this.feed.off('error', this.onFeedError);
    await Promise.all(this.inflight);
    await this.ledger.flush();
    return this.failures;
  }
}

export async function closeSale(recorder: BidRecorder, lots: string[]): Promise<string[]> {
  const failures = await recorder.close();
  if (failures.length > 0) {
    throw new Error(`${failures.length} bid(s) could not be written to the ledger; sale needs manual review`);
  }
  return lots.map((lotId) => {
    const bid = recorder.leader(lotId);
    return bid ? `${lotId}: ${bid.bidder} @ ${bid.amount}` : `${lotId}: no bids`;
  });
}
