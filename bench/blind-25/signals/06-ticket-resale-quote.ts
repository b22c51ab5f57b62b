// expect: no-leaked-race
// quoteFromFastestExchange takes the first quote from Promise.any but never cancels the other exchange requests, which keep running (and holding sockets) after a winner is chosen.
export interface SeatRef {
  eventId: string;
  section: string;
  row: string;
  seat: number;
}

export interface ResaleQuote {
  exchange: string;
  priceCents: number;
  feeCents: number;
  currency: string;
  expiresAt: string;
}

export interface ExchangeConfig {
  name: string;
  baseUrl: string;
  apiKey: string;
  feeBasisPoints: number;
}

export class NoQuoteError extends Error {
  constructor(readonly seat: SeatRef, readonly causes: unknown[]) {
    super(`no exchange returned a quote for ${seat.eventId} ${seat.section}-${seat.row}-${seat.seat}`);
    this.name = 'NoQuoteError';
  }
}

async function fetchQuote(
  exchange: ExchangeConfig,
  seat: SeatRef,
  signal: AbortSignal,
): Promise<ResaleQuote> {
  const url = new URL(`/events/${encodeURIComponent(seat.eventId)}/listings/quote`, exchange.baseUrl);
  url.searchParams.set('section', seat.section);
  url.searchParams.set('row', seat.row);
  url.searchParams.set('seat', String(seat.seat));

  const res = await fetch(url, {
    headers: { authorization: `ApiKey ${exchange.apiKey}` },
    signal,
  });
  if (!res.ok) {
    throw new Error(`${exchange.name}: HTTP ${res.status}`);
  }
  const body = (await res.json()) as { price_cents: number; currency: string; expires_at: string };
  return {
    exchange: exchange.name,
    priceCents: body.price_cents,
    feeCents: Math.round((body.price_cents * exchange.feeBasisPoints) / 10_000),
    currency: body.currency,
    expiresAt: body.expires_at,
  };
}

export async function quoteFromFastestExchange(
  exchanges: ExchangeConfig[],
  seat: SeatRef,
  signal: AbortSignal,
): Promise<ResaleQuote> {
  signal.throwIfAborted();
  const pending = exchanges.map((exchange) => fetchQuote(exchange, seat, signal));
  try {
    return await Promise.any(pending);
  } catch (err) {
    if (signal.aborted) throw signal.reason;
    throw new NoQuoteError(seat, err instanceof AggregateError ? err.errors : [err]);
  }
}

export function formatQuote(quote: ResaleQuote): string {
  const total = (quote.priceCents + quote.feeCents) / 100;
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: quote.currency }).format(total) +
    ` via ${quote.exchange}`;
}
