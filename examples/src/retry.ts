// Retry helper: re-runs a failing async operation with exponential backoff and jitter,
// either inline or in the background.
import { setTimeout as sleep } from 'node:timers/promises';

export interface RetryOptions {
  attempts: number;
  baseDelayMs?: number;
  signal?: AbortSignal;
  onRetry?: (error: unknown, attempt: number) => void;
}

export function backoff(baseDelayMs: number, attempt: number): number {
  const exponential = baseDelayMs * 2 ** (attempt - 1);
  return exponential / 2 + Math.random() * (exponential / 2);
}

export async function retry<T>(operation: () => Promise<T>, options: RetryOptions): Promise<T> {
  const { attempts, baseDelayMs = 100, signal } = options;
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    signal?.throwIfAborted();
    try {
      return await operation();
    } catch (error) {
      lastError = error;
      options.onRetry?.(error, attempt);
      if (attempt < attempts) await sleep(backoff(baseDelayMs, attempt), undefined, { signal });
    }
  }
  throw lastError;
}

export async function retryEach<T>(operations: readonly (() => Promise<T>)[], options: RetryOptions): Promise<T[]> {
  const running = operations.map((operation) => retry(operation, options));
  const results: T[] = [];
  for (const result of running) {
    results.push(await result);
  }
  return results;
}

export function retryInBackground(operation: () => Promise<void>, delayMs: number, log: (message: string) => void): void {
  setTimeout(async () => {
    await retry(operation, {
      attempts: 5,
      onRetry: (error, attempt) => log(`background attempt ${attempt} failed: ${String(error)}`),
    });
    log('background retry succeeded');
  }, delayMs);
}

export async function withDeadline<T>(operation: (signal: AbortSignal) => Promise<T>, ms: number): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error(`deadline of ${ms} ms exceeded`)), ms);
  try {
    return await operation(controller.signal);
  } finally {
    clearTimeout(timer);
  }
}
