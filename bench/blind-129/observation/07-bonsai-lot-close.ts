// expect: none
// The allSettled results are split into fulfilled and rejected entries and every rejection reason is logged and returned, so failed winner notifications are surfaced.
export interface Lot {
  id: string;
  species: string;
  reserve: number;
}

export interface WinningBid {
  lotId: string;
  bidderId: string;
  amount: number;
}

export interface AuctionBackend {
  winningBid(lotId: string): Promise<WinningBid | undefined>;
  closeLot(lotId: string): Promise<void>;
}

export interface Notifier {
  notifyWinner(bid: WinningBid): Promise<string>;
}

export interface Logger {
  warn(msg: string, meta?: Record<string, unknown>): void;
}

export interface CloseReport {
  sold: WinningBid[];
  passed: string[];
  notifyFailures: Array<{ lotId: string; reason: string }>;
}

export class LotCloser {
  constructor(
    private readonly backend: AuctionBackend,
    private readonly notifier: Notifier,
    private readonly log: Logger,
  ) {}

  async closeSession(lots: Lot[]): Promise<CloseReport> {
    const sold: WinningBid[] = [];
    const passed: string[] = [];

    for (const lot of lots) {
      const bid = await this.backend.winningBid(lot.id);
      await this.backend.closeLot(lot.id);
      if (bid && bid.amount >= lot.reserve) sold.push(bid);
      else passed.push(lot.id);
    }

    const results = await Promise.allSettled(sold.map((bid) => this.notifier.notifyWinner(bid)));
    const notifyFailures: CloseReport['notifyFailures'] = [];
    results.forEach((result, i) => {
      if (result.status === 'rejected') {
        const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
        this.log.warn('winner notification failed', { lotId: sold[i].lotId, reason });
        notifyFailures.push({ lotId: sold[i].lotId, reason });
      }
    });

    return { sold, passed, notifyFailures };
  }
}
