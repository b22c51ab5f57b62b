// expect: no-leaked-race
// quoteWithin races each supplier fetch against a timeout promise, but the losing timer is never cleared and the losing fetch is never aborted.
export interface CameQuote {
  supplier: string;
  profile: 'H-3/16' | 'H-1/4' | 'U-1/8';
  pricePerMetre: number;
  leadTimeDays: number;
}

export interface Supplier {
  name: string;
  url: string;
}

const SUPPLIERS: Supplier[] = [
  { name: 'Harrow Lead Works', url: 'https://api.harrowlead.example/quote' },
  { name: 'Glasshouse Supply', url: 'https://glasshouse.example/api/v2/came' },
  { name: 'Delphi Metals', url: 'https://delphi-metals.example/quotes' },
];

function timeout(ms: number, label: string): Promise<never> {
  return new Promise((_, reject) => {
    setTimeout(() => reject(new Error(`${label} did not answer within ${ms}ms`)), ms);
  });
}

async function requestQuote(supplier: Supplier, profile: CameQuote['profile'], metres: number): Promise<CameQuote> {
  const res = await fetch(supplier.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ profile, metres, alloy: 'restoration' }),
  });
  if (!res.ok) throw new Error(`${supplier.name}: HTTP ${res.status}`);
  const body = (await res.json()) as { unitPrice: number; leadDays: number };
  return { supplier: supplier.name, profile, pricePerMetre: body.unitPrice, leadTimeDays: body.leadDays };
}

function quoteWithin(
  supplier: Supplier,
  profile: CameQuote['profile'],
  metres: number,
  ms: number,
): Promise<CameQuote> {
  return Promise.race([requestQuote(supplier, profile, metres), timeout(ms, supplier.name)]);
}

export async function cheapestCame(
  profile: CameQuote['profile'],
  metres: number,
  { timeoutMs = 8_000, needByDays = 21 } = {},
): Promise<CameQuote | null> {
  const results = await Promise.allSettled(SUPPLIERS.map((s) => quoteWithin(s, profile, metres, timeoutMs)));

  const quotes: CameQuote[] = [];
  for (const r of results) {
    if (r.status === 'fulfilled') quotes.push(r.value);
    else console.warn(`[studio] came quote skipped: ${(r.reason as Error).message}`);
  }

  const inTime = quotes.filter((q) => q.leadTimeDays <= needByDays);
  if (inTime.length === 0) return null;
  return inTime.reduce((best, q) => (q.pricePerMetre < best.pricePerMetre ? q : best));
}
