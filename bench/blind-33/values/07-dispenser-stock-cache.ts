// expect: none
// The Map deliberately stores in-flight promises to share one lookup per NDC; callers always await them, and the ?? fallback applies to an awaited value.
export interface StockLevel {
  ndc: string;
  canisterId: string;
  unitsOnHand: number;
  expiresOn: string;
}

export interface ReorderDecision {
  ndc: string;
  unitsOnHand: number;
  threshold: number;
  reorder: boolean;
}

declare const robotApi: {
  readCanister(ndc: string): Promise<StockLevel>;
};

declare const thresholds: {
  overrideFor(ndc: string): Promise<number | undefined>;
};

declare const purchasing: {
  raise(ndc: string, units: number): Promise<string>;
};

const DEFAULT_THRESHOLD = 60;
const CACHE_TTL_MS = 30_000;

export class StockCache {
  private readonly inflight = new Map<string, Promise<StockLevel>>();
  private readonly fresh = new Map<string, { level: StockLevel; at: number }>();

  get(ndc: string): Promise<StockLevel> {
    const cached = this.fresh.get(ndc);
    if (cached && Date.now() - cached.at < CACHE_TTL_MS) {
      return Promise.resolve(cached.level);
    }

    const existing = this.inflight.get(ndc);
    if (existing) {
      return existing;
    }

    const lookup = robotApi
      .readCanister(ndc)
      .then((level) => {
        this.fresh.set(ndc, { level, at: Date.now() });
        return level;
      })
      .finally(() => {
        this.inflight.delete(ndc);
      });
    this.inflight.set(ndc, lookup);
    return lookup;
  }

  invalidate(ndc: string): void {
    this.fresh.delete(ndc);
  }
}

export async function reviewReorders(cache: StockCache, ndcs: string[]): Promise<ReorderDecision[]> {
  const decisions: ReorderDecision[] = [];

  for (const ndc of ndcs) {
    const [level, override] = await Promise.all([cache.get(ndc), thresholds.overrideFor(ndc)]);
    const threshold = override ?? DEFAULT_THRESHOLD;
    const expiringSoon = new Date(level.expiresOn).getTime() - Date.now() < 14 * 86_400_000;
    const reorder = level.unitsOnHand < threshold || expiringSoon;

    if (reorder) {
      await purchasing.raise(ndc, Math.max(threshold * 2 - level.unitsOnHand, threshold));
      cache.invalidate(ndc);
    }
    decisions.push({ ndc, unitsOnHand: level.unitsOnHand, threshold, reorder });
  }

  return decisions;
}
