// expect: none
// The ?? fallbacks and truthiness checks all operate on awaited values, and the cache stores resolved records rather than promises.
export interface YieldRecord {
  batchId: string;
  variety: string;
  bushels: number;
  litres: number;
  brix: number;
  pressedOn: string | null;
}

export interface CoopDatabase {
  fetchYield(batchId: string): Promise<YieldRecord>;
  isPressed(batchId: string): Promise<boolean>;
}

interface CacheEntry {
  record: YieldRecord;
  fetchedAt: number;
}

export class JuiceYieldService {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly overrides = new Map<string, number>();

  constructor(
    private readonly db: CoopDatabase,
    private readonly ttlMs = 5 * 60_000,
  ) {}

  setOverride(batchId: string, litresPerBushel: number): void {
    this.overrides.set(batchId, litresPerBushel);
  }

  async yieldFor(batchId: string): Promise<YieldRecord> {
    const hit = this.cache.get(batchId);
    if (hit && Date.now() - hit.fetchedAt < this.ttlMs) return hit.record;
    const record = await this.db.fetchYield(batchId);
    this.cache.set(batchId, { record, fetchedAt: Date.now() });
    return record;
  }

  async litresPerBushel(batchId: string): Promise<number> {
    const override = this.overrides.get(batchId);
    const rate = override ?? (await this.expectedRate(batchId));
    return Math.round(rate * 100) / 100;
  }

  private async expectedRate(batchId: string): Promise<number> {
    const record = await this.yieldFor(batchId);
    return record.bushels > 0 ? record.litres / record.bushels : 0;
  }

  async memberShareLitres(batchId: string, memberBushels: number): Promise<number> {
    if (!(await this.db.isPressed(batchId))) return 0;
    const record = await this.yieldFor(batchId);
    const pressedOn = record.pressedOn ?? 'an unrecorded date';
    const share = memberBushels * (await this.litresPerBushel(batchId));
    if (share > record.litres) throw new Error(`batch ${batchId} pressed on ${pressedOn} cannot cover ${memberBushels} bushels`);
    return Math.floor(share);
  }
}
