// expect: no-reused-settled-promise
// placeAbsenteeBid creates the submission promise once, outside the retry loop, so each "retry" re-awaits the same already-rejected promise: the bid is never re-sent and a single network blip loses the collector's absentee bid.
import { setTimeout as sleep } from 'node:timers/promises';

export interface AbsenteeBid {
  lotId: string;
  collector: string;
  maxAmount: number;
  note?: string;
}

export interface BidReceipt {
  lotId: string;
  receiptNo: string;
  acceptedAt: string;
}

export class TransientAuctionError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
    this.name = 'TransientAuctionError';
  }
}

export interface AuctionGateway {
  submitAbsentee(bid: AbsenteeBid): Promise<BidReceipt>;
}

export class AbsenteeDesk {
  private readonly receipts = new Map<string, BidReceipt>();

  constructor(
    private readonly gateway: AuctionGateway,
    private readonly attempts = 4,
    private readonly backoffMs = 500,
  ) {}

  async placeAbsenteeBid(bid: AbsenteeBid): Promise<BidReceipt> {
    const key = `${bid.lotId}:${bid.collector}`;
    const existing = this.receipts.get(key);
    if (existing) return existing;

    if (bid.maxAmount <= 0) throw new RangeError('absentee bid must be positive');
    const submission = this.gateway.submitAbsentee(bid);

    let lastError: unknown;
    for (let attempt = 1; attempt <= this.attempts; attempt++) {
      try {
        const receipt = await submission;
        this.receipts.set(key, receipt);
        return receipt;
      } catch (err) {
        if (!(err instanceof TransientAuctionError)) throw err;
        lastError = err;
        await sleep(this.backoffMs * 2 ** (attempt - 1));
      }
    }
    throw new Error(`gave up placing absentee bid on ${bid.lotId} after ${this.attempts} attempts`, {
      cause: lastError,
    });
  }

  receiptFor(lotId: string, collector: string): BidReceipt | undefined {
    return this.receipts.get(`${lotId}:${collector}`);
  }
}

export async function submitCollectorSheet(desk: AbsenteeDesk, bids: AbsenteeBid[]): Promise<string[]> {
  const lines: string[] = [];
  for (const bid of bids) {
    const receipt = await desk.placeAbsenteeBid(bid);
    lines.push(`${bid.lotId} (${bid.collector}, up to ${bid.maxAmount}): receipt ${receipt.receiptNo}`);
  }
  return lines;
}
