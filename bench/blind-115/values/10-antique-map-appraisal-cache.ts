// expect: none
// The ?? fallback awaits the appraisal before the value is stored and compared, so the cache and the price check always see numbers, never promises.
export interface MapItem {
  sku: string;
  title: string;
  year: number;
  condition: 'fine' | 'very-good' | 'good' | 'fair';
  coloured: boolean;
}

export interface AppraisalService {
  appraise(item: MapItem): Promise<{ valueCents: number; confidence: number }>;
}

interface CachedValue {
  valueCents: number;
  storedAt: number;
}

const CONDITION_FACTOR: Record<MapItem['condition'], number> = {
  fine: 1,
  'very-good': 0.85,
  good: 0.65,
  fair: 0.4,
};

export class AppraisalCache {
  private readonly values = new Map<string, CachedValue>();

  constructor(
    private readonly service: AppraisalService,
    private readonly ttlMs = 7 * 24 * 3_600_000,
    private readonly minConfidence = 0.6,
  ) {}

  private fresh(sku: string): number | undefined {
    const hit = this.values.get(sku);
    if (!hit || Date.now() - hit.storedAt > this.ttlMs) return undefined;
    return hit.valueCents;
  }

  private async appraiseNow(item: MapItem): Promise<number> {
    const { valueCents, confidence } = await this.service.appraise(item);
    if (confidence < this.minConfidence) {
      throw new Error(`appraisal of ${item.sku} too uncertain (${confidence.toFixed(2)})`);
    }
    return Math.round(valueCents * CONDITION_FACTOR[item.condition]);
  }

  async valueOf(item: MapItem): Promise<number> {
    const cached = this.fresh(item.sku);
    const valueCents = cached ?? (await this.appraiseNow(item));
    if (cached === undefined) {
      this.values.set(item.sku, { valueCents, storedAt: Date.now() });
    }
    return valueCents;
  }

  async isUnderpriced(item: MapItem, askingCents: number): Promise<boolean> {
    const value = await this.valueOf(item);
    return askingCents < value * 0.75;
  }

  invalidate(sku: string): void {
    this.values.delete(sku);
  }
}
