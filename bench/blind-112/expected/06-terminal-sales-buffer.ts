// expect: no-uncalled-async-function
// close() awaits this.flushPendingSales without calling it, so the await resolves immediately on the function object and buffered ticket sales are dropped when the pool is released.
export interface TicketSale {
  saleId: string;
  sailingId: string;
  fareClass: 'foot' | 'car' | 'van' | 'hgv';
  amountCents: number;
  soldAt: number;
}

export interface DbPool {
  query(sql: string, params: unknown[]): Promise<{ rowCount: number }>;
  end(): Promise<void>;
}

export class TerminalSalesBuffer {
  private pending: TicketSale[] = [];
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly pool: DbPool,
    private readonly flushEveryMs = 2000,
    private readonly maxBatch = 50,
  ) {
    this.timer = setInterval(() => {
      this.flushPendingSales().catch((err: unknown) => {
        console.error('periodic sales flush failed', err);
      });
    }, this.flushEveryMs);
  }

  async record(sale: TicketSale): Promise<void> {
    if (this.closed) throw new Error('sales buffer is closed');
    this.pending.push(sale);
    if (this.pending.length >= this.maxBatch) {
      await this.flushPendingSales();
    }
  }

  async flushPendingSales(): Promise<number> {
    if (this.pending.length === 0) return 0;
    const batch = this.pending;
    this.pending = [];
    const values: unknown[] = [];
    const rows = batch.map((s, i) => {
      values.push(s.saleId, s.sailingId, s.fareClass, s.amountCents, new Date(s.soldAt));
      const o = i * 5;
      return `($${o + 1}, $${o + 2}, $${o + 3}, $${o + 4}, $${o + 5})`;
    });
    try {
      const res = await this.pool.query(
        `INSERT INTO ticket_sales (sale_id, sailing_id, fare_class, amount_cents, sold_at) VALUES ${rows.join(', ')}`,
        values,
      );
      return res.rowCount;
    } catch (err) {
      this.pending = batch.concat(this.pending);
      throw err;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.timer);
    await this.flushPendingSales;
    await this.pool.end();
  }

  get bufferedCount(): number {
    return this.pending.length;
  }
}
