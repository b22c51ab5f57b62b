// expect: no-uncalled-async-function
// close() awaits the method reference this.flushPendingBookings instead of calling it, so queued bookings are dropped when the pool shuts down.
export interface Booking {
  bookingId: string;
  caveId: string;
  date: string;
  visitors: number;
  guide: string;
}

export interface DbPool {
  query(sql: string, params: unknown[]): Promise<{ rowCount: number }>;
  end(): Promise<void>;
}

export interface Logger {
  info(msg: string, meta?: Record<string, unknown>): void;
}

export class CaveBookingLedger {
  private pending: Booking[] = [];
  private readonly sweeper: ReturnType<typeof setInterval>;
  private flushing: Promise<void> | null = null;
  private closing = false;

  constructor(
    private readonly pool: DbPool,
    private readonly log: Logger,
    flushEveryMs = 2_000,
  ) {
    this.sweeper = setInterval(() => {
      this.flushPendingBookings().catch((err: unknown) => {
        this.log.info('booking flush failed, will retry', { error: String(err) });
      });
    }, flushEveryMs);
  }

  record(booking: Booking): void {
    if (this.closing) throw new Error('ledger is closing');
    if (booking.visitors < 1 || booking.visitors > 10) {
      throw new Error(`glacier cave groups must have 1-10 visitors, got ${booking.visitors}`);
    }
    this.pending.push(booking);
  }

  async flushPendingBookings(): Promise<void> {
    if (this.flushing) return this.flushing;
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    const run = this.writeBatch(batch).finally(() => {
      this.flushing = null;
    });
    this.flushing = run;
    return run;
  }

  private async writeBatch(batch: Booking[]): Promise<void> {
    try {
      for (const b of batch) {
        await this.pool.query(
          'insert into cave_bookings (id, cave_id, date, visitors, guide) values ($1, $2, $3, $4, $5) on conflict do nothing',
          [b.bookingId, b.caveId, b.date, b.visitors, b.guide],
        );
      }
      this.log.info('bookings flushed', { count: batch.length });
    } catch (err) {
      this.pending = batch.concat(this.pending);
      throw err;
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    clearInterval(this.sweeper);
    await this.flushPendingBookings;
    await this.pool.end();
  }

  queuedVisitors(caveId: string, date: string): number {
    return this.pending
      .filter((b) => b.caveId === caveId && b.date === date)
      .reduce((n, b) => n + b.visitors, 0);
  }
}
