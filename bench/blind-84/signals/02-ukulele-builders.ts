// expect: require-signal-propagation
// The stock summary fetch receives the caller's signal, but the per-item detail fetches inside the loop are issued without it, so cancelling the sync leaves them running.
export interface Supplier {
  name: string;
  baseUrl: string;
  apiKey: string;
}

interface StockSummary {
  sku: string;
  species: "koa" | "mahogany" | "spruce" | "cedar" | "mango";
  boardFeet: number;
  updatedAt: string;
}

interface StockDetail {
  sku: string;
  grade: "AAAA" | "AAA" | "AA" | "A";
  figure: "flame" | "curly" | "plain";
  quarterSawn: boolean;
  pricePerBoardFootCents: number;
}

export interface TonewoodOffer extends StockSummary, StockDetail {
  supplier: string;
}

const TOP_GRADES = new Set<StockDetail["grade"]>(["AAAA", "AAA"]);

function authHeaders(supplier: Supplier): Record<string, string> {
  return { "x-api-key": supplier.apiKey, accept: "application/json" };
}

function needsDetail(item: StockSummary, knownSince: Map<string, string>): boolean {
  const seen = knownSince.get(item.sku);
  return seen === undefined || seen < item.updatedAt;
}

export async function syncTonewoodStock(
  supplier: Supplier,
  knownSince: Map<string, string>,
  { signal }: { signal: AbortSignal },
): Promise<TonewoodOffer[]> {
  const res = await fetch(`${supplier.baseUrl}/stock?min_board_feet=2`, {
    headers: authHeaders(supplier),
    signal,
  });
  if (!res.ok) throw new Error(`${supplier.name} stock endpoint returned ${res.status}`);
  const summaries = (await res.json()) as StockSummary[];

  const offers: TonewoodOffer[] = [];
  for (const item of summaries.filter((s) => needsDetail(s, knownSince))) {
    const detailRes = await fetch(`${supplier.baseUrl}/stock/${encodeURIComponent(item.sku)}`, {
      headers: authHeaders(supplier),
    });
    if (detailRes.status === 404) continue; // sold between the two requests
    if (!detailRes.ok) throw new Error(`${supplier.name} detail for ${item.sku} returned ${detailRes.status}`);
    const detail = (await detailRes.json()) as StockDetail;
    knownSince.set(item.sku, item.updatedAt);
    if (!TOP_GRADES.has(detail.grade)) continue;
    offers.push({ ...item, ...detail, supplier: supplier.name });
  }
  return offers.sort((a, b) => a.pricePerBoardFootCents - b.pricePerBoardFootCents);
}
