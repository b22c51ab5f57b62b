// expect: no-uncalled-async-function
// close() does `await this.flushPending;`, awaiting the method itself instead of calling it, so the buffered charges are never written before the pool is closed at shutdown.
export interface SpaCharge {
  roomNo: string;
  item: 'yukata-rental' | 'towel-set' | 'private-bath' | 'massage-40' | 'sake-flask' | 'milk-after-bath';
  yen: number;
  at: Date;
}

declare const pg: {
  query(sql: string, params: unknown[]): Promise<{ rowCount: number }>;
  end(): Promise<void>;
};

export class SpaChargeLedger {
  private buffer: SpaCharge[] = [];
  private timer: ReturnType<typeof setInterval> | null = null;
  private flushing: Promise<number> | null = null;
  private closed = false;

  constructor(
    private readonly flushEveryMs = 5_000,
    private readonly maxBuffered = 200,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      this.flushPending().catch((err) => console.error('spa ledger flush failed', err));
    }, this.flushEveryMs);
  }

  record(charge: SpaCharge): void {
    if (this.closed) throw new Error('ledger is closed');
    this.buffer.push(charge);
    if (this.buffer.length >= this.maxBuffered) {
      this.flushPending().catch((err) => console.error('spa ledger flush failed', err));
    }
  }

  async flushPending(): Promise<number> {
    if (this.flushing) return this.flushing;
    if (this.buffer.length === 0) return 0;
    const batch = this.buffer;
    this.buffer = [];

    const values: unknown[] = [];
    const rows = batch.map((c, i) => {
      values.push(c.roomNo, c.item, c.yen, c.at);
      const o = i * 4;
      return `($${o + 1}, $${o + 2}, $${o + 3}, $${o + 4})`;
    });

    this.flushing = pg
      .query(`insert into spa_charges (room_no, item, yen, charged_at) values ${rows.join(', ')}`, values)
      .then((r) => r.rowCount)
      .catch((err: unknown) => {
        this.buffer = batch.concat(this.buffer); // keep them for the next attempt
        throw err;
      })
      .finally(() => {
        this.flushing = null;
      });
    return this.flushing;
  }

  totalFor(roomNo: string): number {
    return this.buffer.filter((c) => c.roomNo === roomNo).reduce((sum, c) => sum + c.yen, 0);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flushing?.catch(() => undefined);
    await this.flushPending;
    await pg.end();
  }
}
