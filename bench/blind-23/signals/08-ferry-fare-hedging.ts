// expect: none
// The hedged race clears its hedge timer and aborts the shared controller in finally, so the losing fare-engine request is cancelled.
export interface FareQuery {
  route: string;
  sailingId: string;
  passengers: { adults: number; children: number; seniors: number };
  vehicle?: 'car' | 'van' | 'motorcycle' | 'bicycle';
}

export interface FareQuote {
  sailingId: string;
  totalCents: number;
  currency: 'EUR' | 'GBP' | 'NOK';
  engine: string;
  expiresAt: string;
}

export interface FareEngine {
  name: string;
  baseUrl: string;
}

export interface HedgeOptions {
  signal?: AbortSignal;
  /** Start the backup engine if the primary hasn't answered after this long. */
  hedgeAfterMs?: number;
}

async function requestQuote(engine: FareEngine, query: FareQuery, signal: AbortSignal): Promise<FareQuote> {
  const res = await fetch(`${engine.baseUrl}/v1/quotes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(query),
    signal,
  });
  if (!res.ok) {
    throw new Error(`${engine.name} quote failed: ${res.status}`);
  }
  const quote = (await res.json()) as Omit<FareQuote, 'engine'>;
  return { ...quote, engine: engine.name };
}

/**
 * Ask the primary fare engine; if it is slow, also ask the backup and take
 * whichever answers first. Ticket desk staff see the quote either way.
 */
export async function hedgedQuote(
  primary: FareEngine,
  backup: FareEngine,
  query: FareQuery,
  options: HedgeOptions = {},
): Promise<FareQuote> {
  const hedgeAfterMs = options.hedgeAfterMs ?? 400;
  const local = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, local.signal]) : local.signal;

  let hedgeTimer: NodeJS.Timeout | undefined;
  const hedged = new Promise<FareQuote>((resolve, reject) => {
    hedgeTimer = setTimeout(() => {
      requestQuote(backup, query, signal).then(resolve, reject);
    }, hedgeAfterMs);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(hedgeTimer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

  try {
    return await Promise.any([requestQuote(primary, query, signal), hedged]);
  } catch (err) {
    if (err instanceof AggregateError) {
      options.signal?.throwIfAborted();
      throw new Error(`no fare engine could quote sailing ${query.sailingId}`, { cause: err });
    }
    throw err;
  } finally {
    clearTimeout(hedgeTimer);
    local.abort();
  }
}

export function formatFare(quote: FareQuote): string {
  const amount = (quote.totalCents / 100).toFixed(2);
  return `${quote.currency} ${amount} (valid until ${new Date(quote.expiresAt).toLocaleTimeString()})`;
}
