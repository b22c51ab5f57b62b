// expect: none
// The retry helper takes a function returning a promise and calls it again on every attempt, so each retry starts a fresh request.
import { setTimeout as sleep } from 'node:timers/promises';

export interface RetryOptions {
  attempts: number;
  baseDelayMs: number;
  shouldRetry?: (err: unknown) => boolean;
}

export async function retry<T>(operation: () => Promise<T>, opts: RetryOptions): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < opts.attempts; attempt++) {
    try {
      return await operation();
    } catch (err) {
      lastError = err;
      if (opts.shouldRetry && !opts.shouldRetry(err)) break;
      await sleep(opts.baseDelayMs * 2 ** attempt);
    }
  }
  throw lastError;
}

declare class PaymentsClient {
  capture(chargeId: string, amountCents: number): Promise<{ status: 'captured' | 'pending' }>;
}

const payments = new PaymentsClient();

export function captureCharge(chargeId: string, amountCents: number) {
  return retry(() => payments.capture(chargeId, amountCents), {
    attempts: 4,
    baseDelayMs: 250,
    shouldRetry: (err) => (err as { retryable?: boolean }).retryable === true,
  });
}
