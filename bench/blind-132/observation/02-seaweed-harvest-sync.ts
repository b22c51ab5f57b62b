// expect: no-floating-promises
// close() calls the async flushPending() without awaiting it, so the pool is ended while the final flush is still running and its failure goes unhandled.
export interface HarvestLanding {
  vesselId: string;
  zone: string;
  species: 'kelp' | 'dulse' | 'wrack' | 'nori';
  wetKg: number;
  landedAt: Date;
}

export interface QuotaPool {
  query(sql: string, params: unknown[]): Promise<{ rows: Array<{ wet_kg?: number }>; rowCount: number }>;
  end(): Promise<void>;
}

export interface HarvestSyncOptions {
  flushEveryMs?: number;
  maxBatch?: number;
}

export class HarvestSync {
  private pending: HarvestLanding[] = [];
  private flushing: Promise<void> | null = null;
  private readonly timer: NodeJS.Timeout;
  private readonly maxBatch: number;

  constructor(private readonly pool: QuotaPool, opts: HarvestSyncOptions = {}) {
    this.maxBatch = opts.maxBatch ?? 200;
    this.timer = setInterval(() => {
      this.flushPending().catch((err: unknown) => {
        console.error('harvest flush failed, will retry', err);
      });
    }, opts.flushEveryMs ?? 15_000);
  }

  record(landing: HarvestLanding): void {
    if (landing.wetKg <= 0) {
      throw new RangeError(`landing from ${landing.vesselId} has no weight`);
    }
    this.pending.push(landing);
  }

  async flushPending(): Promise<void> {
    if (this.flushing) return this.flushing;
    this.flushing = (async () => {
      while (this.pending.length > 0) {
        const batch = this.pending.slice(0, this.maxBatch);
        const values = batch.map((_, i) => `($${i * 5 + 1}, $${i * 5 + 2}, $${i * 5 + 3}, $${i * 5 + 4}, $${i * 5 + 5})`);
        await this.pool.query(
          `INSERT INTO landings (vessel_id, zone, species, wet_kg, landed_at) VALUES ${values.join(', ')}`,
          batch.flatMap((l) => [l.vesselId, l.zone, l.species, l.wetKg, l.landedAt]),
        );
        this.pending.splice(0, batch.length);
      }
    })();
    try {
      await this.flushing;
    } finally {
      this.flushing = null;
    }
  }

  async zoneTotal(zone: string, since: Date): Promise<number> {
    const pendingKg = this.pending
      .filter((l) => l.zone === zone && l.landedAt >= since)
      .reduce((sum, l) => sum + l.wetKg, 0);
    const { rows } = await this.pool.query(
      'SELECT SUM(wet_kg) AS wet_kg FROM landings WHERE zone = $1 AND landed_at >= $2',
      [zone, since],
    );
    return pendingKg + (rows[0]?.wet_kg ?? 0);
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    this.flushPending();
    await this.pool.end();
  }
}
