// expect: none
// withRetry takes a factory and calls it again on every attempt, so each retry performs a fresh census upload instead of re-reading an old result.
import { setTimeout as sleep } from 'node:timers/promises';

export interface CensusCount {
  colony: string;
  adults: number;
  chicks: number;
  countedBy: string;
  at: string;
}

export interface CensusApi {
  submit(count: CensusCount): Promise<{ receipt: string }>;
}

export interface RetryOptions {
  attempts: number;
  delayMs: number;
  retryable?: (err: unknown) => boolean;
}

export async function withRetry<T>(operation: () => Promise<T>, options: RetryOptions): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    try {
      return await operation();
    } catch (err) {
      lastError = err;
      if (options.retryable && !options.retryable(err)) break;
      if (attempt < options.attempts) {
        await sleep(options.delayMs * attempt);
      }
    }
  }
  throw lastError;
}

function isRetryable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  return /ECONNRESET|ETIMEDOUT|503|satellite link/i.test(err.message);
}

export class CensusUplink {
  private readonly receipts = new Map<string, string>();

  constructor(private readonly api: CensusApi) {}

  async upload(count: CensusCount): Promise<string> {
    const key = `${count.colony}@${count.at}`;
    const existing = this.receipts.get(key);
    if (existing) return existing;

    const { receipt } = await withRetry(() => this.api.submit(count), {
      attempts: 5,
      delayMs: 2_000,
      retryable: isRetryable,
    });
    this.receipts.set(key, receipt);
    return receipt;
  }

  async uploadAll(counts: readonly CensusCount[]): Promise<string[]> {
    const receipts: string[] = [];
    for (const count of counts) {
      receipts.push(await this.upload(count));
    }
    return receipts;
  }
}
