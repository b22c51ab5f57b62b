// expect: no-promise-as-value
// Bug: when the sail has no cached area, `?? computeArea(sail)` yields a Promise, which is nested in the JSON payload and serialises as {} instead of a number.
interface SailDesign {
  sailId: string;
  type: 'main' | 'genoa' | 'jib' | 'code-zero' | 'asymmetric';
  luffM: number;
  footM: number;
  leechM: number;
  roachFactor: number;
  cachedAreaM2?: number;
}

interface Customer {
  id: string;
  boat: string;
  email: string;
}

declare const geometryService: { integrate(sail: SailDesign): Promise<{ areaM2: number }> };
declare const crm: { lastQuoteFor(customerId: string): Promise<{ totalCents: number } | null> };

const CLOTH_CENTS_PER_M2: Record<SailDesign['type'], number> = {
  main: 6_400,
  genoa: 5_900,
  jib: 5_900,
  'code-zero': 9_800,
  asymmetric: 3_900,
};

async function computeArea(sail: SailDesign): Promise<number> {
  const { areaM2 } = await geometryService.integrate(sail);
  return Math.round(areaM2 * 100) / 100;
}

function heronArea(s: SailDesign): number {
  const p = (s.luffM + s.footM + s.leechM) / 2;
  return Math.sqrt(p * (p - s.luffM) * (p - s.footM) * (p - s.leechM)) * (1 + s.roachFactor);
}

export async function buildQuote(customer: Customer, sails: readonly SailDesign[]): Promise<string> {
  const previous = await crm.lastQuoteFor(customer.id);
  let totalCents = 0;

  const lines = sails.map((sail) => {
    const estimateM2 = heronArea(sail);
    const priceCents = Math.round(estimateM2 * CLOTH_CENTS_PER_M2[sail.type]);
    totalCents += priceCents;
    return {
      sailId: sail.sailId,
      type: sail.type,
      areaM2: sail.cachedAreaM2 ?? computeArea(sail),
      estimateM2: Math.round(estimateM2 * 10) / 10,
      priceCents,
    };
  });

  const discountPct = previous && previous.totalCents > 500_000 ? 5 : 0;
  const payload = {
    customer: { id: customer.id, boat: customer.boat },
    lines,
    discountPct,
    totalCents: Math.round(totalCents * (1 - discountPct / 100)),
    issuedAt: new Date().toISOString(),
  };
  return JSON.stringify(payload, null, 2);
}

export function repeatCustomer(previous: { totalCents: number } | null): boolean {
  return previous !== null && previous.totalCents > 0;
}
