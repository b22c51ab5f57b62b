// expect: no-swallowed-abort
// The retry loop catches every error, including the AbortError raised when the caller cancels, and keeps retrying until attempts run out.
export interface HideOffer {
  supplier: string;
  tannage: "vegetable" | "chrome" | "alum";
  areaSqFt: number;
  pricePerSqFt: number;
  colour: string;
}

export interface OfferQuery {
  tannage: HideOffer["tannage"];
  minArea: number;
  colour?: string;
}

declare const supplierEndpoints: Record<string, string>;

declare const workshopLog: {
  warn(message: string): void;
};

async function fetchOffers(url: string, query: OfferQuery, signal: AbortSignal): Promise<HideOffer[]> {
  const params = new URLSearchParams({ tannage: query.tannage, minArea: String(query.minArea) });
  if (query.colour) params.set("colour", query.colour);
  const res = await fetch(`${url}/offers?${params}`, { signal });
  if (!res.ok) throw new Error(`${url} responded ${res.status}`);
  return (await res.json()) as HideOffer[];
}

async function fetchWithRetry(
  supplier: string,
  query: OfferQuery,
  signal: AbortSignal,
  attempts = 3,
): Promise<HideOffer[]> {
  const url = supplierEndpoints[supplier];
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await fetchOffers(url, query, signal);
    } catch (err) {
      lastError = err;
      workshopLog.warn(`${supplier} attempt ${attempt} failed: ${String(err)}`);
    }
  }
  throw lastError;
}

export async function cheapestHides(query: OfferQuery, signal: AbortSignal): Promise<HideOffer[]> {
  const all: HideOffer[] = [];
  for (const supplier of Object.keys(supplierEndpoints)) {
    const offers = await fetchWithRetry(supplier, query, signal);
    all.push(...offers.map((o) => ({ ...o, supplier })));
  }
  return all
    .filter((o) => o.areaSqFt >= query.minArea)
    .sort((a, b) => a.pricePerSqFt - b.pricePerSqFt);
}

export function hideCost(offer: HideOffer): number {
  return Math.round(offer.areaSqFt * offer.pricePerSqFt * 100) / 100;
}

export function coversNeeded(bookWidthMm: number, bookHeightMm: number, copies: number): number {
  const turnInMm = 15;
  const areaMm2 = (bookWidthMm * 2 + 20 + turnInMm * 2) * (bookHeightMm + turnInMm * 2);
  const sqFt = areaMm2 / 92_903;
  return Math.ceil(sqFt * copies * 1.2 * 10) / 10;
}
