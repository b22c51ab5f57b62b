// expect: no-leaked-race
// findPart races the supplier search against a timeout whose setTimeout is never cleared, so every fast search leaves a 4-second timer running, and a timed-out search keeps querying suppliers.
export interface PartQuery {
  model: string;
  partNo?: string;
  description: string;
  maxPriceCents?: number;
}

export interface PartOffer {
  supplier: string;
  partNo: string;
  priceCents: number;
  condition: 'new-old-stock' | 'reproduction' | 'used';
  shipsInDays: number;
}

interface Supplier {
  name: string;
  search(query: PartQuery): Promise<PartOffer[]>;
}

declare const suppliers: readonly Supplier[];

declare const partsCache: {
  get(key: string): PartOffer[] | undefined;
  set(key: string, offers: PartOffer[]): void;
};

const SEARCH_TIMEOUT_MS = 4_000;

function cacheKey(q: PartQuery): string {
  return [q.model, q.partNo ?? '', q.description.toLowerCase().trim()].join('|');
}

function rank(a: PartOffer, b: PartOffer): number {
  const conditionScore = { 'new-old-stock': 0, reproduction: 1, used: 2 } as const;
  return (
    conditionScore[a.condition] - conditionScore[b.condition] ||
    a.priceCents - b.priceCents ||
    a.shipsInDays - b.shipsInDays
  );
}

async function searchAllSuppliers(query: PartQuery): Promise<PartOffer[]> {
  const results = await Promise.allSettled(suppliers.map((s) => s.search(query)));
  const offers: PartOffer[] = [];
  for (const r of results) {
    if (r.status === 'fulfilled') offers.push(...r.value);
  }
  return offers;
}

function timeout(ms: number): Promise<never> {
  return new Promise<never>((_, reject) => {
    setTimeout(() => reject(new Error(`supplier search timed out after ${ms}ms`)), ms);
  });
}

export async function findPart(query: PartQuery): Promise<PartOffer[]> {
  const key = cacheKey(query);
  const cached = partsCache.get(key);
  if (cached) return cached;

  const offers = await Promise.race([searchAllSuppliers(query), timeout(SEARCH_TIMEOUT_MS)]);
  const affordable = offers
    .filter((o) => query.maxPriceCents === undefined || o.priceCents <= query.maxPriceCents)
    .sort(rank);
  partsCache.set(key, affordable);
  return affordable;
}

export async function bestOffer(query: PartQuery): Promise<PartOffer | undefined> {
  const offers = await findPart(query);
  return offers[0];
}
