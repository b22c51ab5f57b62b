// expect: no-unchecked-settled-results
// Bug: the allSettled results are cast to fulfilled and .value is read without checking status, so one tannery outage throws a TypeError for the whole quote.
interface HideQuote {
  tannery: string;
  hide: 'english-bridle' | 'skirting' | 'latigo' | 'pigskin-lining';
  pricePerSqFtCents: number;
  leadDays: number;
}

interface SaddleSpec {
  orderId: string;
  style: 'english-close-contact' | 'dressage' | 'western-roper' | 'endurance';
  seatInches: number;
  treeWidth: 'narrow' | 'medium' | 'wide';
}

interface Tannery {
  name: string;
  quote(hide: HideQuote['hide'], sqFt: number): Promise<HideQuote>;
}

declare const tanneries: Tannery[];
declare const workshopCalendar: { nextFreeBench(afterDays: number): Promise<Date> };

const SQFT_BY_STYLE: Record<SaddleSpec['style'], Partial<Record<HideQuote['hide'], number>>> = {
  'english-close-contact': { 'english-bridle': 9, skirting: 14, 'pigskin-lining': 4 },
  dressage: { 'english-bridle': 10, skirting: 16, 'pigskin-lining': 5 },
  'western-roper': { skirting: 28, latigo: 6 },
  endurance: { skirting: 18, latigo: 5, 'pigskin-lining': 4 },
};

const MAX_LEAD_DAYS = 60;

function sortByPrice(offers: HideQuote[]): HideQuote[] {
  return offers.sort((a, b) => a.pricePerSqFtCents - b.pricePerSqFtCents || a.leadDays - b.leadDays);
}

export async function cheapestHides(
  spec: SaddleSpec,
): Promise<{ hides: HideQuote[]; materialCents: number; benchDate: Date }> {
  const needs = Object.entries(SQFT_BY_STYLE[spec.style]) as [HideQuote['hide'], number][];
  const scale = spec.seatInches > 17 ? 1.1 : 1;

  const hides: HideQuote[] = [];
  let materialCents = 0;

  for (const [hide, baseSqFt] of needs) {
    const sqFt = Math.ceil(baseSqFt * scale);
    const settled = await Promise.allSettled(
      tanneries.map((t) => t.quote(hide, sqFt)),
    );
    const offers = sortByPrice(
      settled
        .map((r) => (r as PromiseFulfilledResult<HideQuote>).value)
        .filter((q) => q.leadDays <= MAX_LEAD_DAYS),
    );

    const best = offers[0];
    if (!best) throw new Error(`no tannery could quote ${hide} for ${spec.orderId}`);
    hides.push(best);
    materialCents += best.pricePerSqFtCents * sqFt;
  }

  const longestLead = Math.max(...hides.map((h) => h.leadDays));
  const benchDate = await workshopCalendar.nextFreeBench(longestLead);
  return { hides, materialCents, benchDate };
}

export function formatQuote(spec: SaddleSpec, q: { hides: HideQuote[]; materialCents: number; benchDate: Date }): string {
  const lines = q.hides.map((h) => `  ${h.hide} from ${h.tannery} @ $${(h.pricePerSqFtCents / 100).toFixed(2)}/sq ft`);
  return [
    `${spec.style} ${spec.seatInches}" (${spec.treeWidth} tree)`,
    ...lines,
    `Materials: $${(q.materialCents / 100).toFixed(2)}; bench from ${q.benchDate.toDateString()}`,
  ].join('\n');
}
