// expect: none
// Loaders are stored as functions and always invoked (this.loaders[kind]()), and the cache holds the in-flight promise by design, evicting it if the load fails.
export type MuteKind = 'straight' | 'cup' | 'harmon' | 'plunger' | 'practice';

export interface Mute {
  sku: string;
  kind: MuteKind;
  material: 'aluminium' | 'copper' | 'fibre' | 'rubber';
  priceCents: number;
  inStock: number;
}

declare const supplierApi: {
  list(kind: MuteKind): Promise<Array<Omit<Mute, 'kind'>>>;
};

declare const workshopStock: {
  repairedMutes(): Promise<Mute[]>;
};

const ALL_KINDS: readonly MuteKind[] = ['straight', 'cup', 'harmon', 'plunger', 'practice'];
const CACHE_TTL_MS = 5 * 60_000;

export class MuteCatalog {
  private readonly cache = new Map<MuteKind, { at: number; mutes: Promise<Mute[]> }>();

  private readonly loaders: Record<MuteKind, () => Promise<Mute[]>> = {
    straight: () => this.fromSupplier('straight'),
    cup: () => this.fromSupplier('cup'),
    harmon: () => this.fromSupplier('harmon'),
    plunger: () => this.fromSupplier('plunger'),
    practice: async () => {
      const [supplied, repaired] = await Promise.all([this.fromSupplier('practice'), workshopStock.repairedMutes()]);
      return [...supplied, ...repaired.filter((m) => m.kind === 'practice')];
    },
  };

  private async fromSupplier(kind: MuteKind): Promise<Mute[]> {
    const rows = await supplierApi.list(kind);
    return rows.map((row) => ({ ...row, kind }));
  }

  byKind(kind: MuteKind): Promise<Mute[]> {
    const hit = this.cache.get(kind);
    if (hit && Date.now() - hit.at < CACHE_TTL_MS) {
      return hit.mutes;
    }
    const mutes = this.loaders[kind]().catch((err: unknown) => {
      this.cache.delete(kind);
      throw err;
    });
    this.cache.set(kind, { at: Date.now(), mutes });
    return mutes;
  }

  async search(query: { kinds?: MuteKind[]; maxPriceCents?: number; inStockOnly?: boolean }): Promise<Mute[]> {
    const kinds = query.kinds?.length ? query.kinds : ALL_KINDS;
    const lists = await Promise.all(kinds.map((kind) => this.byKind(kind)));
    return lists
      .flat()
      .filter((m) => query.maxPriceCents === undefined || m.priceCents <= query.maxPriceCents)
      .filter((m) => !query.inStockOnly || m.inStock > 0)
      .sort((a, b) => a.priceCents - b.priceCents);
  }

  async cheapest(kind: MuteKind): Promise<Mute | undefined> {
    const mutes = await this.byKind(kind);
    return mutes.reduce<Mute | undefined>((best, m) => (!best || m.priceCents < best.priceCents ? m : best), undefined);
  }

  invalidate(kind?: MuteKind): void {
    if (kind) this.cache.delete(kind);
    else this.cache.clear();
  }
}
