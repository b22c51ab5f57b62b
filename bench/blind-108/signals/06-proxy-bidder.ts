// expect: no-leaked-race
// placeWithDeadline never clears the deadline timer when the bid wins the race, so every accepted bid still fires the timeout later, counting a spurious bid.timeout and keeping the closing-night bidder process alive for the full deadline.
export interface BidReceipt {
  lot: string;
  amount: number;
  accepted: boolean;
  currentHigh: number;
}

export interface AuctionHouse {
  placeBid(lot: string, amount: number, opts: { paddle: number; signal?: AbortSignal }): Promise<BidReceipt>;
  currentHigh(lot: string, opts?: { signal?: AbortSignal }): Promise<number>;
}

export interface Metrics {
  increment(name: string, tags?: Record<string, string>): void;
}

export interface ProxyInstruction {
  lot: string;
  maxBid: number;
  increment: number;
}

export class BidDeadlineExceeded extends Error {
  constructor(readonly lot: string, readonly ms: number) {
    super(`bid on ${lot} not confirmed within ${ms}ms`);
    this.name = 'BidDeadlineExceeded';
  }
}

export class ProxyBidder {
  constructor(
    private readonly house: AuctionHouse,
    private readonly metrics: Metrics,
    private readonly paddle: number,
    private readonly deadlineMs = 4_000,
  ) {}

  private placeWithDeadline(lot: string, amount: number): Promise<BidReceipt> {
    const controller = new AbortController();
    const deadline = new Promise<never>((_, reject) => {
      setTimeout(() => {
        this.metrics.increment('bid.timeout', { lot });
        controller.abort();
        reject(new BidDeadlineExceeded(lot, this.deadlineMs));
      }, this.deadlineMs);
    });
    return Promise.race([
      this.house.placeBid(lot, amount, { paddle: this.paddle, signal: controller.signal }),
      deadline,
    ]);
  }

  async bidUpTo(instruction: ProxyInstruction): Promise<BidReceipt | null> {
    const { lot, maxBid, increment } = instruction;
    let high = await this.house.currentHigh(lot);
    while (high + increment <= maxBid) {
      const receipt = await this.placeWithDeadline(lot, high + increment);
      if (receipt.accepted) {
        this.metrics.increment('bid.accepted', { lot });
        return receipt;
      }
      high = receipt.currentHigh;
    }
    this.metrics.increment('bid.ceiling', { lot });
    return null;
  }
}
