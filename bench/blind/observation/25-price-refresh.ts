// expect: no-unchecked-settled-results
// The allSettled results are cast to fulfilled results and read through `.value` without ever checking `status`, so rejected quotes are silently treated as `undefined`.
interface Quote { symbol: string; price: number; at: number }

declare const market: { quote(symbol: string): Promise<Quote> };
declare const priceCache: Map<string, Quote>;

export async function refreshPrices(symbols: string[]): Promise<number> {
  const settled = await Promise.allSettled(symbols.map((s) => market.quote(s)));

  const quotes = settled.map((r) => (r as PromiseFulfilledResult<Quote>).value);

  let updated = 0;
  quotes.forEach((quote, i) => {
    const symbol = symbols[i]!;
    if (quote) {
      priceCache.set(symbol, quote);
      updated += 1;
    }
  });
  return updated;
}
