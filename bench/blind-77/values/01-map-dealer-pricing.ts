// expect: none
// Correct: ??, truthiness tests, comparisons and the JSON payload all operate on awaited values, never on the pending promises.
export interface MapListing {
  mapId: string;
  title: string;
  cartographer: string;
  year: number;
  costUsd: number;
}

interface Appraisal {
  lowUsd: number;
  highUsd: number;
}

declare const appraisals: { latest(mapId: string): Promise<Appraisal | null> };
declare const provenance: { verified(mapId: string): Promise<boolean> };
declare const marketIndex: { multiplier(cartographer: string): Promise<number | undefined> };
declare const storefront: { upsert(payload: string): Promise<{ listingUrl: string }> };

const DEFAULT_MARGIN = 1.45;

export async function priceListing(listing: MapListing): Promise<number> {
  const [appraisal, verified, multiplier] = await Promise.all([
    appraisals.latest(listing.mapId),
    provenance.verified(listing.mapId),
    marketIndex.multiplier(listing.cartographer),
  ]);

  const market = multiplier ?? 1;
  const base = appraisal ? (appraisal.lowUsd + appraisal.highUsd) / 2 : listing.costUsd * DEFAULT_MARGIN;
  const provenancePremium = verified ? 1.1 : 0.9;
  const price = base * market * provenancePremium;

  // Never list below cost plus 15%, whatever the appraisal says.
  const floor = listing.costUsd * 1.15;
  return Math.round(Math.max(price, floor) / 5) * 5;
}

export async function publishListing(listing: MapListing): Promise<string> {
  const askingUsd = await priceListing(listing);
  const verified = await provenance.verified(listing.mapId);
  const appraisal = (await appraisals.latest(listing.mapId)) ?? { lowUsd: askingUsd, highUsd: askingUsd };

  const payload = JSON.stringify({
    sku: `MAP-${listing.mapId}`,
    title: `${listing.title} (${listing.cartographer}, ${listing.year})`,
    priceUsd: askingUsd,
    badges: verified ? ['provenance-verified'] : [],
    appraisalRange: `${appraisal.lowUsd}–${appraisal.highUsd} USD`,
  });

  const { listingUrl } = await storefront.upsert(payload);
  return listingUrl;
}

export async function underpriced(listings: MapListing[]): Promise<MapListing[]> {
  const flagged: MapListing[] = [];
  for (const listing of listings) {
    const appraisal = await appraisals.latest(listing.mapId);
    if (appraisal === null) continue;
    if ((await priceListing(listing)) < appraisal.lowUsd * 0.9) flagged.push(listing);
  }
  return flagged;
}

export function centuryLabel(year: number): string {
  const c = Math.floor((year - 1) / 100) + 1;
  const suffix = c % 10 === 1 && c !== 11 ? 'st' : c % 10 === 2 && c !== 12 ? 'nd' : c % 10 === 3 && c !== 13 ? 'rd' : 'th';
  return `${c}${suffix} century`;
}
