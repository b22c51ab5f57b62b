// expect: none
// withRetry receives a factory and invokes it on every attempt, so each retry performs a fresh courier request instead of re-reading an old result.
import { setTimeout as sleep } from 'node:timers/promises';

export interface CourierApi {
  requestCrate(loanId: string, dims: { wCm: number; hCm: number; rolled: boolean }): Promise<{ crateId: string }>;
  bookTransit(crateId: string, venue: string, date: string): Promise<{ trackingRef: string }>;
}

export interface Loan {
  loanId: string;
  accession: string;
  venue: string;
  departs: string;
  widthCm: number;
  heightCm: number;
}

export class TransientError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TransientError';
  }
}

export async function withRetry<T>(
  attempt: () => Promise<T>,
  opts: { tries: number; baseDelayMs: number; isRetryable?: (err: unknown) => boolean },
): Promise<T> {
  const isRetryable = opts.isRetryable ?? ((err) => err instanceof TransientError);
  let lastError: unknown;
  for (let i = 0; i < opts.tries; i++) {
    try {
      return await attempt();
    } catch (err) {
      lastError = err;
      if (!isRetryable(err) || i === opts.tries - 1) break;
      await sleep(opts.baseDelayMs * 2 ** i);
    }
  }
  throw lastError;
}

export class LoanDispatcher {
  constructor(
    private readonly courier: CourierApi,
    private readonly tries = 4,
  ) {}

  async dispatch(loan: Loan): Promise<{ crateId: string; trackingRef: string }> {
    const rolled = loan.widthCm > 300;
    const { crateId } = await withRetry(
      () => this.courier.requestCrate(loan.loanId, { wCm: loan.widthCm, hCm: loan.heightCm, rolled }),
      { tries: this.tries, baseDelayMs: 750 },
    );
    const { trackingRef } = await withRetry(
      () => this.courier.bookTransit(crateId, loan.venue, loan.departs),
      { tries: this.tries, baseDelayMs: 1_500 },
    );
    return { crateId, trackingRef };
  }
}
