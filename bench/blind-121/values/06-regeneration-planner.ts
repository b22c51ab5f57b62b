// expect: none
// hasViabilityResult() and latestViability() are awaited before being tested and compared, so the conditions act on booleans and numbers rather than promises.
export interface SeedLot {
  lotId: string;
  species: string;
  storedSince: Date;
  seedCount: number;
}

export interface ViabilityLab {
  hasViabilityResult(lotId: string): Promise<boolean>;
  latestViability(lotId: string): Promise<number>;
  requestTest(lotId: string, seeds: number): Promise<string>;
}

export type LotAction =
  | { lotId: string; action: 'test'; ticket: string }
  | { lotId: string; action: 'regenerate'; viability: number }
  | { lotId: string; action: 'keep'; viability: number };

export class RegenerationPlanner {
  constructor(
    private readonly lab: ViabilityLab,
    private readonly threshold = 0.85,
    private readonly testSampleSize = 200,
  ) {}

  async decide(lot: SeedLot): Promise<LotAction> {
    if (!(await this.lab.hasViabilityResult(lot.lotId))) {
      const seeds = Math.min(this.testSampleSize, Math.floor(lot.seedCount * 0.05));
      const ticket = await this.lab.requestTest(lot.lotId, seeds);
      return { lotId: lot.lotId, action: 'test', ticket };
    }

    const viability = await this.lab.latestViability(lot.lotId);
    if (viability === 0 || viability < this.threshold) {
      return { lotId: lot.lotId, action: 'regenerate', viability };
    }
    return { lotId: lot.lotId, action: 'keep', viability };
  }

  async plan(lots: SeedLot[]): Promise<Record<LotAction['action'], string[]>> {
    const buckets: Record<LotAction['action'], string[]> = { test: [], regenerate: [], keep: [] };
    const oldestFirst = [...lots].sort((a, b) => a.storedSince.getTime() - b.storedSince.getTime());
    for (const lot of oldestFirst) {
      const decision = await this.decide(lot);
      buckets[decision.action].push(lot.lotId);
    }
    return buckets;
  }

  static describe(buckets: Record<LotAction['action'], string[]>): string {
    return [
      `${buckets.regenerate.length} lots to regenerate`,
      `${buckets.test.length} awaiting germination tests`,
      `${buckets.keep.length} fine in cold storage`,
    ].join(', ');
  }
}
