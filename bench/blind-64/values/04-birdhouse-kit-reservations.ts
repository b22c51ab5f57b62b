// expect: no-read-before-settle
// reserve() calls refreshStock(), whose sqlite callback fills this.stock later, then reads this.stock synchronously, so it always checks the previous snapshot.
export type Design = 'wren' | 'bluebird' | 'chickadee' | 'owl-box';

interface StockRow {
  design: Design;
  onHand: number;
  reserved: number;
}

interface Database {
  all<T>(sql: string, params: unknown[], cb: (err: Error | null, rows: T[]) => void): void;
  run(sql: string, params: unknown[], cb: (err: Error | null) => void): void;
}

declare const workshopLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
};

export class OutOfStock extends Error {
  constructor(
    readonly design: Design,
    readonly wanted: number,
    readonly available: number,
  ) {
    super(`only ${available} ${design} kits available, ${wanted} requested`);
    this.name = 'OutOfStock';
  }
}

export class KitReservations {
  private stock = new Map<Design, StockRow>();
  private lastRefresh = 0;

  constructor(
    private readonly db: Database,
    private readonly workshopId: string,
  ) {}

  refreshStock(): void {
    this.db.all<StockRow>(
      'SELECT design, on_hand AS onHand, reserved FROM kit_stock WHERE workshop_id = ?',
      [this.workshopId],
      (err, rows) => {
        if (err) {
          workshopLog.warn('kit stock refresh failed', { workshopId: this.workshopId, err: err.message });
          return;
        }
        this.stock = new Map(rows.map((r) => [r.design, r]));
        this.lastRefresh = Date.now();
      },
    );
  }

  available(design: Design): number {
    const row = this.stock.get(design);
    return row ? row.onHand - row.reserved : 0;
  }

  reserve(design: Design, quantity: number, classId: string): Promise<void> {
    this.refreshStock();
    const free = this.available(design);
    if (free < quantity) {
      return Promise.reject(new OutOfStock(design, quantity, free));
    }

    return new Promise<void>((resolve, reject) => {
      this.db.run(
        'UPDATE kit_stock SET reserved = reserved + ? WHERE workshop_id = ? AND design = ?',
        [quantity, this.workshopId, design],
        (err) => {
          if (err) {
            reject(err);
            return;
          }
          const row = this.stock.get(design);
          if (row) row.reserved += quantity;
          workshopLog.info('kits reserved', { classId, design, quantity, staleMs: Date.now() - this.lastRefresh });
          resolve();
        },
      );
    });
  }

  async reserveForClass(classId: string, designs: Partial<Record<Design, number>>): Promise<Design[]> {
    const reserved: Design[] = [];
    for (const [design, qty] of Object.entries(designs) as Array<[Design, number]>) {
      if (qty <= 0) continue;
      await this.reserve(design, qty, classId);
      reserved.push(design);
    }
    return reserved;
  }
}
