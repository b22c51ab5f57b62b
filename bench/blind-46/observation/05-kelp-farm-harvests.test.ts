// expect: no-floating-promises
// The beforeEach hook calls the async ledger.reset() as a bare statement, so tests can start before the ledger is cleared.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeCloseTo(expected: number, digits?: number): void;
  rejects: { toThrow(match?: string | RegExp): Promise<void> };
};

interface HarvestEntry {
  lineId: string;
  species: 'sugar-kelp' | 'winged-kelp' | 'dulse';
  wetKg: number;
  harvestedOn: string;
}

class HarvestLedger {
  private entries: HarvestEntry[] = [];
  private readonly lineQuotaKg = new Map<string, number>();

  async reset(): Promise<void> {
    await new Promise<void>((resolve) => setTimeout(resolve, 5));
    this.entries = [];
    this.lineQuotaKg.clear();
  }

  async setQuota(lineId: string, kg: number): Promise<void> {
    this.lineQuotaKg.set(lineId, kg);
  }

  async record(entry: HarvestEntry): Promise<number> {
    const quota = this.lineQuotaKg.get(entry.lineId);
    if (quota === undefined) throw new Error(`line ${entry.lineId} has no quota this season`);
    const used = this.entries.filter((e) => e.lineId === entry.lineId).reduce((s, e) => s + e.wetKg, 0);
    if (used + entry.wetKg > quota) throw new Error(`line ${entry.lineId} would exceed quota by ${used + entry.wetKg - quota}kg`);
    this.entries.push(entry);
    return quota - used - entry.wetKg;
  }

  async totals(): Promise<Record<string, number>> {
    const totals: Record<string, number> = {};
    for (const e of this.entries) totals[e.species] = (totals[e.species] ?? 0) + e.wetKg;
    return totals;
  }
}

const ledger = new HarvestLedger();

describe('kelp harvest ledger', () => {
  beforeEach(() => {
    ledger.reset();
  });

  it('records a harvest against the line quota', async () => {
    await ledger.setQuota('L-04', 900);
    const remaining = await ledger.record({ lineId: 'L-04', species: 'sugar-kelp', wetKg: 350.5, harvestedOn: '2024-04-02' });
    expect(remaining).toBeCloseTo(549.5, 1);
  });

  it('rejects harvests on lines without a quota', async () => {
    await expect(
      ledger.record({ lineId: 'L-99', species: 'dulse', wetKg: 10, harvestedOn: '2024-04-02' }),
    ).rejects.toThrow(/no quota/);
  });

  it('refuses to exceed quota', async () => {
    await ledger.setQuota('L-07', 200);
    await ledger.record({ lineId: 'L-07', species: 'winged-kelp', wetKg: 150, harvestedOn: '2024-04-03' });
    await expect(
      ledger.record({ lineId: 'L-07', species: 'winged-kelp', wetKg: 60, harvestedOn: '2024-04-04' }),
    ).rejects.toThrow('exceed quota by 10kg');
  });

  it('totals wet weight by species', async () => {
    await ledger.setQuota('L-01', 1000);
    await ledger.record({ lineId: 'L-01', species: 'sugar-kelp', wetKg: 120, harvestedOn: '2024-04-05' });
    await ledger.record({ lineId: 'L-01', species: 'dulse', wetKg: 30, harvestedOn: '2024-04-05' });
    await ledger.record({ lineId: 'L-01', species: 'sugar-kelp', wetKg: 80, harvestedOn: '2024-04-06' });
    expect(await ledger.totals()).toEqual({ 'sugar-kelp': 200, dulse: 30 });
  });
});
