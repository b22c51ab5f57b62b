// expect: no-swallowed-abort
// An AbortError from the catalogue query is caught and turned into an empty result list, so callers cannot tell a cancelled search from "no matches".

interface Product {
  sku: string;
  title: string;
  price: number;
}

interface SearchOptions {
  signal: AbortSignal;
  limit?: number;
}

declare const CATALOGUE_API: string;

export async function searchCatalogue(term: string, opts: SearchOptions): Promise<Product[]> {
  const params = new URLSearchParams({ q: term, limit: String(opts.limit ?? 20) });
  try {
    const res = await fetch(`${CATALOGUE_API}/search?${params}`, { signal: opts.signal });
    if (!res.ok) {
      throw new Error(`catalogue search failed: ${res.status}`);
    }
    const body = (await res.json()) as { items: Product[] };
    return body.items;
  } catch (err) {
    if (err instanceof DOMException && err.name === "AbortError") {
      return [];
    }
    throw err;
  }
}

export async function cheapest(term: string, signal: AbortSignal): Promise<Product | undefined> {
  const items = await searchCatalogue(term, { signal, limit: 50 });
  return items.reduce<Product | undefined>((best, p) => (!best || p.price < best.price ? p : best), undefined);
}
