// expect: none
// The caller's signal is forwarded to every catalog search and price request, so aborting stops all outstanding lookups.
export interface PartQuery {
  maker: string;
  model: string;
  part: 'motor' | 'wheelset' | 'coupling' | 'pickup' | 'bodyshell';
}

export interface CatalogHit {
  catalog: string;
  partNumber: string;
  description: string;
  original: boolean;
}

export interface PartsCatalog {
  name: string;
  search(q: PartQuery, opts?: { signal?: AbortSignal }): Promise<CatalogHit[]>;
  price(partNumber: string, opts?: { signal?: AbortSignal }): Promise<number | null>;
}

export interface PricedHit extends CatalogHit {
  priceCents: number;
}

export interface LookupOptions {
  signal?: AbortSignal;
  preferOriginal?: boolean;
}

export class RestorationPartsLookup {
  constructor(private readonly catalogs: PartsCatalog[]) {}

  async find(query: PartQuery, options: LookupOptions = {}): Promise<PricedHit[]> {
    const { signal, preferOriginal = true } = options;

    const perCatalog = await Promise.all(
      this.catalogs.map(async (catalog) => {
        const hits = await catalog.search(query, { signal });
        const priced: PricedHit[] = [];
        for (const hit of hits.slice(0, 5)) {
          const priceCents = await catalog.price(hit.partNumber, { signal });
          if (priceCents !== null) priced.push({ ...hit, priceCents });
        }
        return priced;
      }),
    );

    return perCatalog.flat().sort((a, b) => {
      if (preferOriginal && a.original !== b.original) return a.original ? -1 : 1;
      return a.priceCents - b.priceCents;
    });
  }

  async cheapestFor(queries: PartQuery[], options: LookupOptions = {}): Promise<Map<string, PricedHit>> {
    const best = new Map<string, PricedHit>();
    for (const q of queries) {
      options.signal?.throwIfAborted();
      const [first] = await this.find(q, options);
      if (first) best.set(`${q.maker}/${q.model}/${q.part}`, first);
    }
    return best;
  }

  static restorationCost(hits: Iterable<PricedHit>, labourCents: number): number {
    let total = labourCents;
    for (const h of hits) total += h.priceCents;
    return total;
  }
}
