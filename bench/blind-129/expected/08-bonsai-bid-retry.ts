// expect: no-reused-settled-promise
// submitWithRetry starts the bid request once and then re-awaits the same rejected promise on each retry, so a transient failure is retried without ever re-sending the bid.
import { setTimeout as sleep } from 'node:timers/promises';

export interface BidRequest {
  lotId: string;
  paddle: number;
  amount: number;
  idempotencyKey: string;
}

export interface BidConfirmation {
  lotId: string;
  accepted: boolean;
  standing: 'winning' | 'outbid';
}

export interface AuctionHouseApi {
  submitBid(bid: BidRequest): Promise<BidConfirmation>;
}

export class TransientAuctionError extends Error {
  constructor(message: string, readonly retryAfterMs = 500) {
    super(message);
    this.name = 'TransientAuctionError';
  }
}

export interface RetryOptions {
  attempts?: number;
  signal?: AbortSignal;
}

export class PhoneBidRelay {
  private readonly sent: BidConfirmation[] = [];

  constructor(private readonly api: AuctionHouseApi) {}

  async submitWithRetry(bid: BidRequest, options: RetryOptions = {}): Promise<BidConfirmation> {
    const attempts = options.attempts ?? 4;
    const request = this.api.submitBid(bid);
    let lastError: unknown;

    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        const confirmation = await request;
        this.sent.push(confirmation);
        return confirmation;
      } catch (err) {
        if (!(err instanceof TransientAuctionError)) throw err;
        lastError = err;
        if (attempt < attempts) {
          await sleep(err.retryAfterMs * attempt, undefined, { signal: options.signal });
        }
      }
    }
    throw new Error(`bid on lot ${bid.lotId} for paddle ${bid.paddle} not confirmed`, { cause: lastError });
  }

  history(lotId: string): BidConfirmation[] {
    return this.sent.filter((c) => c.lotId === lotId);
  }
}
