// expect: no-uncalled-async-function
// close() awaits this.flushHolds without calling it, so the outstanding holds are never released in the database before the pool is ended.
export interface Pool {
  query(sql: string, params?: unknown[]): Promise<{ rowCount: number }>;
  end(): Promise<void>;
}

export interface Hold {
  ref: string;
  slotId: string;
  party: number;
  expiresAt: number;
}

export class BookingHoldManager {
  private readonly holds = new Map<string, Hold>();
  private sweeper: ReturnType<typeof setInterval> | undefined;
  private closed = false;

  constructor(
    private readonly pool: Pool,
    private readonly holdMs = 10 * 60 * 1000,
  ) {}

  start(sweepEveryMs = 30_000): void {
    this.sweeper = setInterval(() => {
      this.flushHolds().catch((err: unknown) => {
        console.error('catacomb hold sweep failed', err);
      });
    }, sweepEveryMs);
  }

  hold(ref: string, slotId: string, party: number): Hold {
    if (this.closed) throw new Error('booking desk is closed');
    const h: Hold = { ref, slotId, party, expiresAt: Date.now() + this.holdMs };
    this.holds.set(ref, h);
    return h;
  }

  async confirm(ref: string): Promise<void> {
    const h = this.holds.get(ref);
    if (!h) throw new Error(`hold ${ref} has expired or does not exist`);
    await this.pool.query('UPDATE tour_slots SET booked = booked + $2 WHERE id = $1', [h.slotId, h.party]);
    this.holds.delete(ref);
  }

  private async flushHolds(now = Date.now()): Promise<number> {
    let released = 0;
    for (const [ref, h] of this.holds) {
      if (!this.closed && h.expiresAt > now) continue;
      await this.pool.query('UPDATE tour_slots SET held = held - $2 WHERE id = $1', [h.slotId, h.party]);
      this.holds.delete(ref);
      released++;
    }
    return released;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.sweeper) clearInterval(this.sweeper);
    await this.flushHolds;
    await this.pool.end();
  }

  get activeHolds(): number {
    return this.holds.size;
  }
}
