// expect: none
// The retry helper calls the attempt factory on every pass, so each retry issues a fresh charge request (same idempotency key); the sleep is cancellable and an abort is rethrown.
import { setTimeout as sleep } from 'node:timers/promises';

interface RetryOptions {
  attempts: number;
  baseDelayMs: number;
  signal?: AbortSignal;
  isRetryable?: (err: unknown) => boolean;
}

interface ChargeResult {
  chargeId: string;
  status: 'succeeded' | 'pending';
}

declare const billing: {
  chargeInvoice(invoiceId: string, opts: { idempotencyKey: string; signal?: AbortSignal }): Promise<ChargeResult>;
};

export async function retry<T>(attempt: (n: number) => Promise<T>, opts: RetryOptions): Promise<T> {
  let lastError: unknown;
  for (let n = 1; n <= opts.attempts; n++) {
    opts.signal?.throwIfAborted();
    try {
      return await attempt(n);
    } catch (err) {
      lastError = err;
      if (opts.signal?.aborted) throw err;
      if (opts.isRetryable && !opts.isRetryable(err)) throw err;
      if (n === opts.attempts) break;
      const delay = opts.baseDelayMs * 2 ** (n - 1) + Math.floor(Math.random() * opts.baseDelayMs);
      console.warn(`[billing] attempt ${n}/${opts.attempts} failed, retrying in ${delay}ms`, err);
      await sleep(delay, undefined, { signal: opts.signal });
    }
  }
  throw lastError;
}

function isTransient(err: unknown): boolean {
  if (typeof err !== 'object' || err === null || !('statusCode' in err)) return true;
  const status = Number((err as { statusCode: unknown }).statusCode);
  return status >= 500 || status === 429;
}

export async function chargeWithRetry(invoiceId: string, signal?: AbortSignal): Promise<ChargeResult> {
  const idempotencyKey = `charge:${invoiceId}`;
  const result = await retry(() => billing.chargeInvoice(invoiceId, { idempotencyKey, signal }), {
    attempts: 4,
    baseDelayMs: 250,
    signal,
    isRetryable: isTransient,
  });
  if (result.status === 'pending') {
    console.info(`[billing] charge ${result.chargeId} for ${invoiceId} pending settlement`);
  }
  return result;
}
