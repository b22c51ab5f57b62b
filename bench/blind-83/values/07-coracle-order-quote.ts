// expect: none
// The ?? fallback and the === comparisons all work on awaited values, and the only promises placed in an array go into Promise.all on purpose.
interface HullSpec {
  model: 'teifi' | 'severn' | 'boyne' | 'ironbridge';
  diameterCm: number;
  covering: 'hide' | 'calico-tar' | 'canvas-bitumen';
  seat: boolean;
}

interface CachedQuote {
  pence: number;
  computedAt: number;
}

declare const quoteCache: {
  get(key: string): Promise<CachedQuote | undefined>;
  set(key: string, value: CachedQuote): Promise<void>;
};

declare const materials: {
  willowBundlePence(): Promise<number>;
  coveringPencePerM2(kind: HullSpec['covering']): Promise<number>;
  currentSeason(): Promise<'cutting' | 'growing'>;
};

declare const orders: {
  submit(payload: { spec: HullSpec; quotePence: number; leadWeeks: number; customer: string }): Promise<string>;
};

const QUOTE_TTL_MS = 6 * 3_600_000;

function cacheKey(spec: HullSpec): string {
  return `${spec.model}:${spec.diameterCm}:${spec.covering}:${spec.seat ? 1 : 0}`;
}

async function computeQuote(spec: HullSpec): Promise<CachedQuote> {
  const [willow, covering] = await Promise.all([
    materials.willowBundlePence(),
    materials.coveringPencePerM2(spec.covering),
  ]);
  const radiusM = spec.diameterCm / 200;
  const areaM2 = Math.PI * radiusM * radiusM * 1.6;
  const bundles = Math.ceil(spec.diameterCm / 40);
  const labour = spec.model === 'ironbridge' ? 24_000 : 18_000;
  const pence = Math.round(bundles * willow + areaM2 * covering + labour + (spec.seat ? 3_500 : 0));
  return { pence, computedAt: Date.now() };
}

export async function quoteFor(spec: HullSpec): Promise<number> {
  const key = cacheKey(spec);
  const cached = await quoteCache.get(key);
  const fresh = cached && Date.now() - cached.computedAt < QUOTE_TTL_MS ? cached : undefined;
  const quote = fresh ?? (await computeQuote(spec));
  if (quote !== fresh) await quoteCache.set(key, quote);
  return quote.pence;
}

export async function placeOrder(spec: HullSpec, customer: string): Promise<string> {
  const [quotePence, season] = await Promise.all([quoteFor(spec), materials.currentSeason()]);
  const leadWeeks = season === 'cutting' ? 3 : 6;
  return orders.submit({ spec, quotePence, leadWeeks, customer });
}

export async function quoteRange(specs: HullSpec[]): Promise<{ cheapest: number; dearest: number } | null> {
  if (specs.length === 0) return null;
  const quotes = await Promise.all(specs.map((spec) => quoteFor(spec)));
  return { cheapest: Math.min(...quotes), dearest: Math.max(...quotes) };
}
