// expect: none
// The retry helper takes a factory and invokes it on every attempt, so each retry issues a new purge request.
import { setTimeout as sleep } from 'node:timers/promises';

export interface RetryOptions {
  attempts: number;
  baseDelayMs: number;
  signal?: AbortSignal;
  shouldRetry?: (err: unknown) => boolean;
}

export async function withRetry<T>(
  operation: (attempt: number) => Promise<T>,
  { attempts, baseDelayMs, signal, shouldRetry = () => true }: RetryOptions,
): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    signal?.throwIfAborted();
    try {
      return await operation(attempt);
    } catch (err) {
      lastError = err;
      if (attempt === attempts || !shouldRetry(err)) break;
      const jitter = Math.random() * baseDelayMs;
      await sleep(baseDelayMs * 2 ** (attempt - 1) + jitter, undefined, { signal });
    }
  }
  throw lastError;
}

class PurgeError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const isTransient = (err: unknown) => !(err instanceof PurgeError) || err.status === 429 || err.status >= 500;

export class CdnPurger {
  constructor(
    private readonly apiBase: string,
    private readonly zoneId: string,
    private readonly apiToken: string,
  ) {}

  private async purgeBatch(urls: string[], signal?: AbortSignal): Promise<string> {
    const res = await fetch(`${this.apiBase}/zones/${this.zoneId}/purge_cache`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${this.apiToken}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ files: urls }),
      signal,
    });
    if (!res.ok) {
      throw new PurgeError(res.status, `purge failed: ${res.status} ${await res.text()}`);
    }
    const payload = (await res.json()) as { result: { id: string } };
    return payload.result.id;
  }

  async purge(urls: string[], signal?: AbortSignal): Promise<string[]> {
    const batches: string[][] = [];
    for (let i = 0; i < urls.length; i += 30) {
      batches.push(urls.slice(i, i + 30));
    }
    const ids: string[] = [];
    for (const batch of batches) {
      const id = await withRetry(() => this.purgeBatch(batch, signal), {
        attempts: 5,
        baseDelayMs: 500,
        signal,
        shouldRetry: isTransient,
      });
      ids.push(id);
    }
    return ids;
  }
}
