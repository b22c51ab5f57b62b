// expect: no-leaked-race
// Promise.race against a timeout leaves the losing fetch running and the timer armed; nothing aborts the request or clears the timeout.
export interface PriceQuote {
  catalogueNo: string;
  source: string;
  currency: "GBP" | "EUR" | "USD";
  price: number;
}

declare const priceSources: { name: string; url: string }[];

declare const fx: {
  toGbp(amount: number, currency: PriceQuote["currency"]): number;
};

function timeout(ms: number, label: string): Promise<never> {
  return new Promise<never>((_, reject) => {
    setTimeout(() => reject(new Error(`${label} timed out after ${ms}ms`)), ms);
  });
}

async function quoteFrom(source: { name: string; url: string }, catalogueNo: string): Promise<PriceQuote> {
  const res = await fetch(`${source.url}/quote/${encodeURIComponent(catalogueNo)}`);
  if (!res.ok) throw new Error(`${source.name} HTTP ${res.status}`);
  const body = (await res.json()) as { currency: PriceQuote["currency"]; price: number };
  return { catalogueNo, source: source.name, ...body };
}

export async function fastestQuote(catalogueNo: string, budgetMs = 3_000): Promise<PriceQuote> {
  return Promise.race([
    Promise.any(priceSources.map((s) => quoteFrom(s, catalogueNo))),
    timeout(budgetMs, `quote for ${catalogueNo}`),
  ]);
}

export function gbpValue(quote: PriceQuote): number {
  return Math.round(fx.toGbp(quote.price, quote.currency) * 100) / 100;
}

export interface Listing {
  catalogueNo: string;
  askingGbp: number;
}

export async function flagOverpriced(listings: Listing[], tolerance = 1.25): Promise<Listing[]> {
  const flagged: Listing[] = [];
  for (const listing of listings) {
    try {
      const quote = await fastestQuote(listing.catalogueNo);
      if (listing.askingGbp > gbpValue(quote) * tolerance) flagged.push(listing);
    } catch {
      // no market data: leave the listing unflagged
    }
  }
  return flagged;
}

export function summarizeFlags(flagged: Listing[]): string {
  if (flagged.length === 0) return "no overpriced listings";
  const total = flagged.reduce((sum, l) => sum + l.askingGbp, 0);
  return `${flagged.length} overpriced listing(s), £${total.toFixed(2)} asked in total`;
}
