// expect: require-signal-propagation
// The route passes request.signal to the catalog search but not to the per-product availability fetches, so when the shopper navigates away the whole fan-out of inventory requests still runs to completion.
interface CatalogHit {
  sku: string;
  title: string;
  priceCents: number;
  imageUrl: string;
}

interface Availability {
  sku: string;
  inStock: boolean | null;
  shipsInDays: number | null;
}

declare const catalog: {
  search(query: { text: string; limit: number; facets?: Record<string, string> }, opts?: { signal?: AbortSignal }): Promise<CatalogHit[]>;
};

const INVENTORY_URL = process.env.INVENTORY_URL ?? 'http://inventory.internal:8080';
const INVENTORY_TOKEN = process.env.INVENTORY_TOKEN ?? '';

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const text = url.searchParams.get('q')?.trim();
  if (!text) {
    return Response.json({ error: 'missing query parameter q' }, { status: 400 });
  }
  const region = url.searchParams.get('region') ?? 'us-east';
  const brand = url.searchParams.get('brand');

  const hits = await catalog.search({ text, limit: 24, facets: brand ? { brand } : undefined }, { signal: request.signal });

  const availability = await Promise.all(
    hits.map(async (hit): Promise<Availability> => {
      const res = await fetch(`${INVENTORY_URL}/v2/availability/${encodeURIComponent(hit.sku)}?region=${region}`, {
        headers: { authorization: `Bearer ${INVENTORY_TOKEN}` },
      });
      if (!res.ok) return { sku: hit.sku, inStock: null, shipsInDays: null };
      return (await res.json()) as Availability;
    }),
  );

  const bySku = new Map(availability.map((a) => [a.sku, a]));
  return Response.json({
    query: text,
    results: hits.map((hit) => ({ ...hit, availability: bySku.get(hit.sku) ?? null })),
  });
}
