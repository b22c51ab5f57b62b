// expect: no-promise-as-value
// priceCache.get() is async, so `priceCache.get(key) ?? …` always takes the promise and never falls back to computing the price.
export interface PriceQuote {
  classId: string;
  memberTier: 'drop-in' | 'ten-pack' | 'unlimited';
  amountPence: number;
  goatSurchargePence: number;
  currency: 'GBP';
}

interface ClassInfo {
  id: string;
  basePence: number;
  goats: number;
  outdoor: boolean;
}

declare const redis: {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, opts: { EX: number }): Promise<void>;
};

declare const classes: { get(id: string): Promise<ClassInfo> };

class PriceCache {
  constructor(private readonly ttlSeconds = 300) {}

  async get(key: string): Promise<PriceQuote | undefined> {
    const raw = await redis.get(`price:${key}`);
    return raw ? (JSON.parse(raw) as PriceQuote) : undefined;
  }

  async set(key: string, quote: PriceQuote): Promise<void> {
    await redis.set(`price:${key}`, JSON.stringify(quote), { EX: this.ttlSeconds });
  }
}

const priceCache = new PriceCache();

const TIER_DISCOUNT: Record<PriceQuote['memberTier'], number> = {
  'drop-in': 0,
  'ten-pack': 0.15,
  unlimited: 1,
};

async function computeQuote(classId: string, tier: PriceQuote['memberTier']): Promise<PriceQuote> {
  const info = await classes.get(classId);
  const base = Math.round(info.basePence * (1 - TIER_DISCOUNT[tier]));
  const goatSurchargePence = info.goats > 4 ? 150 : 0;
  const quote: PriceQuote = {
    classId,
    memberTier: tier,
    amountPence: base + goatSurchargePence + (info.outdoor ? 0 : 200),
    goatSurchargePence,
    currency: 'GBP',
  };
  await priceCache.set(`${classId}:${tier}`, quote);
  return quote;
}

export async function quoteFor(classId: string, tier: PriceQuote['memberTier']) {
  const key = `${classId}:${tier}`;
  const quote = priceCache.get(key) ?? (await computeQuote(classId, tier));
  return quote;
}

export function formatQuote(quote: PriceQuote): string {
  const pounds = (quote.amountPence / 100).toFixed(2);
  const goats = quote.goatSurchargePence > 0 ? ' (includes extra-goat supplement)' : '';
  return `£${pounds}${goats}`;
}
