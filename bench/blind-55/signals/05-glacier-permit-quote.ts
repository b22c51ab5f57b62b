// expect: no-leaked-race
// Bug: quoteWithTimeout races the fetch against a timers/promises timeout but never cancels the loser: the timer keeps running after a fast quote and the fetch keeps running after a timeout.
import { setTimeout as sleep } from "node:timers/promises";

export interface PermitQuoteRequest {
  route: "icefall" | "moraine" | "serac-traverse";
  date: string;
  party: number;
  guided: boolean;
}

export interface PermitQuote {
  route: PermitQuoteRequest["route"];
  date: string;
  feeCents: number;
  rescueLevyCents: number;
  slotsLeft: number;
}

export class QuoteTimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`permit office did not quote within ${ms}ms`);
    this.name = "QuoteTimeoutError";
  }
}

const PERMIT_OFFICE = "https://permits.glacier-park.example/api/quotes";

declare const quoteCache: {
  get(key: string): PermitQuote | undefined;
  set(key: string, quote: PermitQuote, ttlMs: number): void;
};

async function requestQuote(req: PermitQuoteRequest, signal: AbortSignal): Promise<PermitQuote> {
  const res = await fetch(PERMIT_OFFICE, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(req),
    signal,
  });
  if (!res.ok) {
    throw new Error(`permit office responded ${res.status}`);
  }
  return (await res.json()) as PermitQuote;
}

async function quoteWithTimeout(req: PermitQuoteRequest, signal: AbortSignal, timeoutMs: number): Promise<PermitQuote> {
  const timeout = sleep(timeoutMs).then(() => {
    throw new QuoteTimeoutError(timeoutMs);
  });
  return Promise.race([requestQuote(req, signal), timeout]);
}

function cacheKey(req: PermitQuoteRequest): string {
  return `${req.route}:${req.date}:${req.party}:${req.guided ? "g" : "s"}`;
}

export async function getPermitQuote(
  req: PermitQuoteRequest,
  options: { signal: AbortSignal; timeoutMs?: number },
): Promise<PermitQuote> {
  if (req.party < 1 || req.party > 12) {
    throw new RangeError("party size must be between 1 and 12");
  }
  if (req.route === "serac-traverse" && !req.guided) {
    throw new Error("the serac traverse requires a licensed guide");
  }

  const key = cacheKey(req);
  const cached = quoteCache.get(key);
  if (cached) return cached;

  const quote = await quoteWithTimeout(req, options.signal, options.timeoutMs ?? 8_000);
  if (quote.slotsLeft > 0) {
    quoteCache.set(key, quote, 5 * 60_000);
  }
  return quote;
}

export function formatQuote(q: PermitQuote): string {
  const total = (q.feeCents + q.rescueLevyCents) / 100;
  return `${q.route} on ${q.date}: $${total.toFixed(2)} (${q.slotsLeft} slots left)`;
}
