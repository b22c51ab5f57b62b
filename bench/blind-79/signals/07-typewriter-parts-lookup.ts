// expect: no-swallowed-abort
// Bug: an AbortError from the caller's signal is caught and turned into an ordinary "partial" result, so cancelled lookups look like successful, incomplete ones.
interface PartQuery {
  make: 'Olympia' | 'Hermes' | 'Smith-Corona' | 'Royal' | 'Underwood' | 'Olivetti';
  model: string;
  part: 'drawband' | 'mainspring' | 'feet' | 'ribbon-spools' | 'platen' | 'typeslug';
}

interface PartListing {
  supplier: string;
  sku: string;
  priceCents: number;
  donorMachine: boolean;
}

interface LookupResult {
  listings: PartListing[];
  partial: boolean;
  suppliersQueried: number;
}

declare const suppliers: readonly { name: string; searchUrl: string }[];

async function querySupplier(
  supplier: { name: string; searchUrl: string },
  q: PartQuery,
  signal: AbortSignal,
): Promise<PartListing[]> {
  const params = new URLSearchParams({ make: q.make, model: q.model, part: q.part });
  const res = await fetch(`${supplier.searchUrl}?${params}`, { signal });
  if (res.status === 404) return [];
  if (!res.ok) throw new Error(`${supplier.name}: HTTP ${res.status}`);
  const rows = (await res.json()) as Omit<PartListing, 'supplier'>[];
  return rows.map((r) => ({ ...r, supplier: supplier.name }));
}

export async function findPart(q: PartQuery, signal: AbortSignal): Promise<LookupResult> {
  const listings: PartListing[] = [];
  let queried = 0;

  try {
    for (const supplier of suppliers) {
      const found = await querySupplier(supplier, q, signal);
      queried += 1;
      listings.push(...found);
      if (listings.some((l) => !l.donorMachine && l.priceCents < 2_000)) break;
    }
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') {
      return { listings, partial: true, suppliersQueried: queried };
    }
    throw err;
  }

  listings.sort((a, b) => Number(a.donorMachine) - Number(b.donorMachine) || a.priceCents - b.priceCents);
  return { listings, partial: false, suppliersQueried: queried };
}

export function bestOffer(result: LookupResult): string {
  const [best] = result.listings;
  if (!best) return result.partial ? 'search incomplete' : 'no supplier stocks this part';
  const source = best.donorMachine ? 'salvaged' : 'new old stock';
  return `${best.supplier} ${best.sku} (${source}) $${(best.priceCents / 100).toFixed(2)}`;
}
