// expect: require-signal-propagation
// fetchQuote passes options.signal to fetch but backs off between attempts with a timers/promises sleep that is not given the signal, so an aborted request still waits out the full backoff.
import { setTimeout as sleep } from 'node:timers/promises';

export interface EssenceQuote {
  supplier: string;
  essence: string;
  pricePerKgEur: number;
  minOrderKg: number;
  harvestYear: number;
}

export interface QuoteOptions {
  signal?: AbortSignal;
  attempts?: number;
  baseDelayMs?: number;
}

export class QuoteHttpError extends Error {
  constructor(
    readonly status: number,
    readonly supplier: string,
  ) {
    super(`supplier ${supplier} answered ${status}`);
    this.name = 'QuoteHttpError';
  }
}

function isRetryable(err: unknown): boolean {
  if (err instanceof QuoteHttpError) return err.status === 429 || err.status >= 500;
  return err instanceof TypeError;
}

export async function fetchQuote(
  baseUrl: string,
  supplier: string,
  essence: string,
  options: QuoteOptions = {},
): Promise<EssenceQuote> {
  const attempts = options.attempts ?? 4;
  const baseDelay = options.baseDelayMs ?? 500;
  const url = new URL(`/v2/quotes/${encodeURIComponent(essence)}`, baseUrl);
  url.searchParams.set('supplier', supplier);

  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch(url, {
        headers: { accept: 'application/json' },
        signal: options.signal,
      });
      if (!res.ok) throw new QuoteHttpError(res.status, supplier);
      return (await res.json()) as EssenceQuote;
    } catch (err) {
      if (attempt >= attempts || !isRetryable(err)) throw err;
      const jitter = Math.random() * baseDelay;
      await sleep(baseDelay * 2 ** (attempt - 1) + jitter);
    }
  }
}

export async function cheapestQuote(
  baseUrl: string,
  suppliers: string[],
  essence: string,
  signal?: AbortSignal,
): Promise<EssenceQuote | undefined> {
  const quotes = await Promise.all(suppliers.map((s) => fetchQuote(baseUrl, s, essence, { signal })));
  return quotes.reduce<EssenceQuote | undefined>(
    (best, q) => (best === undefined || q.pricePerKgEur < best.pricePerKgEur ? q : best),
    undefined,
  );
}
