// expect: none
// The retry helper receives a factory and calls it on every attempt, so each retry sends a fresh HTTP request instead of re-reading the first failure.
import { setTimeout as sleep } from 'node:timers/promises';
import { createHmac } from 'node:crypto';

export interface RetryOptions {
  attempts: number;
  baseDelayMs: number;
  signal?: AbortSignal;
  retryable?: (err: unknown) => boolean;
}

class HttpStatusError extends Error {
  constructor(
    readonly status: number,
    url: string,
  ) {
    super(`POST ${url} -> ${status}`);
  }
}

export async function retry<T>(attempt: (n: number) => Promise<T>, opts: RetryOptions): Promise<T> {
  let lastError: unknown;
  for (let n = 1; n <= opts.attempts; n++) {
    opts.signal?.throwIfAborted();
    try {
      return await attempt(n);
    } catch (err) {
      lastError = err;
      if (opts.retryable && !opts.retryable(err)) throw err;
      if (n === opts.attempts) break;
      const jitter = Math.random() * opts.baseDelayMs;
      await sleep(opts.baseDelayMs * 2 ** (n - 1) + jitter, undefined, { signal: opts.signal });
    }
  }
  throw lastError;
}

export async function deliverWebhook(
  url: string,
  secret: string,
  event: { id: string; type: string; data: unknown },
  signal?: AbortSignal,
): Promise<number> {
  const body = JSON.stringify(event);
  const signature = createHmac('sha256', secret).update(body).digest('hex');

  const send = async (n: number) => {
    const res = await fetch(url, {
      method: 'POST',
      body,
      signal,
      headers: { 'content-type': 'application/json', 'x-signature': signature, 'x-attempt': String(n) },
    });
    if (!res.ok) throw new HttpStatusError(res.status, url);
    return res.status;
  };

  return retry(send, {
    attempts: 5,
    baseDelayMs: 250,
    signal,
    retryable: (err) => !(err instanceof HttpStatusError) || err.status >= 500 || err.status === 429,
  });
}
