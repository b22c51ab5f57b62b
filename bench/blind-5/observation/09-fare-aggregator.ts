// expect: no-unchecked-settled-results
// Only fulfilled supplier quotes are kept and the rejected entries are never examined, so when every supplier errors or times out the search answers "sold out" instead of reporting an outage, and partial failures leave no log or metric.
export interface FareQuery {
  origin: string;
  destination: string;
  departDate: string;
  passengers: number;
  cabin: 'economy' | 'premium' | 'business';
}

export interface FareQuote {
  supplier: string;
  priceCents: number;
  currency: string;
  flightNumbers: string[];
  bookingToken: string;
}

export interface FareSupplier {
  name: string;
  quote(query: FareQuery, opts: { signal: AbortSignal }): Promise<FareQuote[]>;
}

export type SearchResult = { kind: 'fares'; cheapest: FareQuote; all: FareQuote[] } | { kind: 'sold-out' };

const isFulfilled = <T>(r: PromiseSettledResult<T>): r is PromiseFulfilledResult<T> => r.status === 'fulfilled';

export async function searchFares(suppliers: FareSupplier[], query: FareQuery, budgetMs = 2_500): Promise<SearchResult> {
  const signal = AbortSignal.timeout(budgetMs);
  const settled = await Promise.allSettled(suppliers.map((s) => s.quote(query, { signal })));

  const quotes = settled
    .filter(isFulfilled)
    .flatMap((r) => r.value)
    .filter((q) => q.currency === 'EUR' && q.flightNumbers.length > 0)
    .sort((a, b) => a.priceCents - b.priceCents);

  if (quotes.length === 0) return { kind: 'sold-out' };

  const seen = new Set<string>();
  const deduped = quotes.filter((q) => {
    const key = q.flightNumbers.join('+');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { kind: 'fares', cheapest: deduped[0], all: deduped };
}
