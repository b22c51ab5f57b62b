// expect: none
// Correct: the retry loop rethrows as soon as the signal is aborted, retries only transient HTTP failures, and passes the signal to both fetch and the backoff sleep.
import { setTimeout as sleep } from 'node:timers/promises';

export interface PartQuote {
  sku: string;
  description: string;
  unitPence: number;
  leadDays: number;
}

export class SupplierError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'SupplierError';
  }
}

declare const suppliers: Array<{ name: string; baseUrl: string }>;

const TRANSIENT = new Set([408, 429, 500, 502, 503, 504]);

function isTransient(err: unknown): boolean {
  return err instanceof SupplierError && TRANSIENT.has(err.status);
}

async function quoteFrom(baseUrl: string, sku: string, signal: AbortSignal): Promise<PartQuote> {
  const res = await fetch(`${baseUrl}/parts/${encodeURIComponent(sku)}/quote`, { signal });
  if (!res.ok) throw new SupplierError(res.status, `${baseUrl}: HTTP ${res.status} for ${sku}`);
  return (await res.json()) as PartQuote;
}

export async function quoteWithRetry(
  baseUrl: string,
  sku: string,
  signal: AbortSignal,
  maxAttempts = 4,
): Promise<PartQuote> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await quoteFrom(baseUrl, sku, signal);
    } catch (err) {
      if (signal.aborted) throw signal.reason;
      if (attempt >= maxAttempts || !isTransient(err)) throw err;
      await sleep(200 * 2 ** attempt, undefined, { signal });
    }
  }
}

export async function cheapestQuote(sku: string, signal: AbortSignal): Promise<{ supplier: string; quote: PartQuote }> {
  const attempts = await Promise.allSettled(suppliers.map((s) => quoteWithRetry(s.baseUrl, sku, signal)));
  signal.throwIfAborted();

  let best: { supplier: string; quote: PartQuote } | undefined;
  const failures: string[] = [];
  attempts.forEach((a, i) => {
    if (a.status === 'rejected') {
      failures.push(`${suppliers[i].name}: ${String(a.reason)}`);
      return;
    }
    if (!best || a.value.unitPence < best.quote.unitPence) best = { supplier: suppliers[i].name, quote: a.value };
  });

  if (!best) throw new AggregateError(failures, `no supplier could quote ${sku}`);
  return best;
}

export async function quoteRepairKit(skus: string[], signal: AbortSignal): Promise<number> {
  let totalPence = 0;
  for (const sku of skus) {
    const { quote } = await cheapestQuote(sku, signal);
    totalPence += quote.unitPence;
  }
  return totalPence;
}
