// expect: none
// Only a per-try TimeoutError (or a 429/5xx) is retried; if the caller's signal is aborted the error is rethrown at once, and the back-off sleep is itself cancelled by the signal, so cancellation is never retried or rewrapped.
import { setTimeout as sleep } from 'node:timers/promises';

interface SearchHit<T> {
  _id: string;
  _score: number;
  _source: T;
}

interface SearchResponse<T> {
  took: number;
  hits: { total: { value: number }; hits: SearchHit<T>[] };
}

export interface ProductDoc {
  sku: string;
  name: string;
  brand: string;
  price: number;
}

export class SearchUnavailableError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'SearchUnavailableError';
  }
}

export interface SearchOptions {
  signal?: AbortSignal;
  attempts?: number;
  perTryMs?: number;
}

export async function searchProducts(endpoint: string, text: string, opts: SearchOptions = {}): Promise<SearchHit<ProductDoc>[]> {
  const { signal, attempts = 3, perTryMs = 2_500 } = opts;
  const body = JSON.stringify({
    size: 20,
    query: { multi_match: { query: text, fields: ['name^3', 'brand^2', 'description'], fuzziness: 'AUTO' } },
  });
  let lastError: unknown;

  for (let attempt = 1; attempt <= attempts; attempt++) {
    const perTry = AbortSignal.timeout(perTryMs);
    const trySignal = signal ? AbortSignal.any([signal, perTry]) : perTry;
    try {
      const res = await fetch(`${endpoint}/products/_search`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        signal: trySignal,
      });
      if (res.status === 429 || res.status >= 500) {
        lastError = new Error(`search cluster responded ${res.status}`);
      } else if (!res.ok) {
        throw new Error(`search rejected query (${res.status}): ${await res.text()}`);
      } else {
        return ((await res.json()) as SearchResponse<ProductDoc>).hits.hits;
      }
    } catch (err) {
      if (signal?.aborted || !(err instanceof DOMException && err.name === 'TimeoutError')) throw err;
      lastError = err;
    }
    if (attempt < attempts) await sleep(150 * 2 ** attempt, undefined, { signal });
  }
  throw new SearchUnavailableError(`search unavailable after ${attempts} attempts`, { cause: lastError });
}
