// expect: none
// `??=` is applied to the promise cache slot on purpose (memoising the load itself), and the later `??` fallbacks operate on awaited values, never on a pending promise.
export interface CultureRecord {
  cultureId: string;
  strain: string;
  generation: number;
  medium: 'MEA' | 'PDA' | 'LC';
  isolatedFrom: string | null;
  viable: boolean;
}

export interface TransferPlan {
  from: string;
  to: 'grain-spawn' | 'agar-expansion' | 'liquid-culture';
  generation: number;
}

declare const cultureLibrary: {
  loadAll(lab: string): Promise<CultureRecord[]>;
  lineage(cultureId: string): Promise<string[] | null>;
};

// Senescence: most gourmet strains lose vigour after ~8-10 agar-to-agar transfers.
const MAX_GENERATION = 8;

export class CultureCache {
  private loading: Promise<Map<string, CultureRecord>> | undefined;

  constructor(private readonly lab: string) {}

  private cultures(): Promise<Map<string, CultureRecord>> {
    this.loading ??= cultureLibrary.loadAll(this.lab).then(
      (records) => new Map(records.map((r) => [r.cultureId, r])),
      (err: unknown) => {
        this.loading = undefined;
        throw err;
      },
    );
    return this.loading;
  }

  invalidate(): void {
    this.loading = undefined;
  }

  async get(cultureId: string): Promise<CultureRecord | undefined> {
    return (await this.cultures()).get(cultureId);
  }

  async planTransfer(cultureId: string): Promise<TransferPlan> {
    const record = await this.get(cultureId);
    if (!record) throw new Error(`unknown culture ${cultureId}`);
    if (!record.viable) throw new Error(`culture ${cultureId} is marked non-viable`);

    const next = record.generation + 1;
    if (next > MAX_GENERATION) {
      // Too far from the original tissue clone: go back to a master slant instead.
      const lineage = (await cultureLibrary.lineage(cultureId)) ?? [];
      const master = lineage[0] ?? record.isolatedFrom ?? cultureId;
      return { from: master, to: 'agar-expansion', generation: 1 };
    }
    return { from: cultureId, to: record.medium === 'LC' ? 'grain-spawn' : 'liquid-culture', generation: next };
  }

  async viableByStrain(): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (const record of (await this.cultures()).values()) {
      if (!record.viable) continue;
      counts.set(record.strain, (counts.get(record.strain) ?? 0) + 1);
    }
    return counts;
  }
}
