// expect: none
// The retry helper calls the factory on every attempt, so each retry issues a fresh request; the backoff sleep honours the signal.
import { setTimeout as sleep } from 'node:timers/promises';

export interface RetryOptions {
  attempts: number;
  baseDelayMs: number;
  signal?: AbortSignal;
  retryable?: (err: unknown) => boolean;
}

export class HttpStatusError extends Error {
  constructor(
    readonly status: number,
    readonly url: string,
  ) {
    super(`HTTP ${status} from ${url}`);
  }
}

const defaultRetryable = (err: unknown): boolean =>
  err instanceof HttpStatusError ? err.status >= 500 || err.status === 429 : err instanceof TypeError;

export async function withRetry<T>(
  attempt: (signal?: AbortSignal) => Promise<T>,
  { attempts, baseDelayMs, signal, retryable = defaultRetryable }: RetryOptions,
): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    signal?.throwIfAborted();
    const pending = attempt(signal);
    try {
      return await pending;
    } catch (err) {
      lastError = err;
      if (!retryable(err) || i === attempts - 1) break;
      const jitter = Math.random() * baseDelayMs;
      await sleep(baseDelayMs * 2 ** i + jitter, undefined, { signal });
    }
  }
  throw lastError;
}

interface Invoice {
  id: string;
  amountCents: number;
  status: 'open' | 'paid' | 'void';
}

export async function fetchInvoice(id: string, signal?: AbortSignal): Promise<Invoice> {
  return withRetry(
    async (s) => {
      const url = `https://billing.internal/v1/invoices/${encodeURIComponent(id)}`;
      const res = await fetch(url, { signal: s, headers: { accept: 'application/json' } });
      if (!res.ok) throw new HttpStatusError(res.status, url);
      return (await res.json()) as Invoice;
    },
    { attempts: 4, baseDelayMs: 250, signal },
  );
}
