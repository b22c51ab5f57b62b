// expect: no-floating-promises
// The async upsert callback is handed to forEach, which ignores the returned promises, so the sync reports success before any row is written and upsert failures go unhandled.
export interface WorkshopDb {
  upsert(table: string, key: string, row: Record<string, unknown>): Promise<void>;
  setMeta(key: string, value: string): Promise<void>;
  getMeta(key: string): Promise<string | undefined>;
}

export interface RibbonStock {
  sku: string;
  widthMm: 13 | 16;
  spool: 'universal' | 'olivetti' | 'olympia' | 'imperial';
  ink: 'black' | 'black-red' | 'purple';
  onHand: number;
  updatedAt: string;
}

export interface SupplierFeed {
  fetchRibbons(since: string | undefined): Promise<RibbonStock[]>;
}

export class RibbonInventorySync {
  constructor(
    private readonly db: WorkshopDb,
    private readonly feed: SupplierFeed,
  ) {}

  async run(): Promise<{ changed: number; lowStock: string[] }> {
    const since = await this.db.getMeta('ribbons.lastSync');
    const ribbons = await this.feed.fetchRibbons(since);

    const changed = ribbons.filter((r) => !since || r.updatedAt > since);
    changed.forEach(async (ribbon) => {
      await this.db.upsert('ribbons', ribbon.sku, {
        width_mm: ribbon.widthMm,
        spool: ribbon.spool,
        ink: ribbon.ink,
        on_hand: ribbon.onHand,
        updated_at: ribbon.updatedAt,
      });
    });

    const newest = changed.reduce<string | undefined>(
      (max, r) => (max === undefined || r.updatedAt > max ? r.updatedAt : max),
      since,
    );
    if (newest) {
      await this.db.setMeta('ribbons.lastSync', newest);
    }

    return {
      changed: changed.length,
      lowStock: changed.filter((r) => r.onHand < 3).map((r) => `${r.sku} (${r.spool}, ${r.ink})`),
    };
  }
}
