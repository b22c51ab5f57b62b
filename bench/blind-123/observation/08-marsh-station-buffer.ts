// expect: no-floating-promises
// stop() calls the async flushPending() without awaiting it, so the pool is ended while the flush is still writing and its rejection is never handled.
export interface SalinitySample {
  stationId: string;
  takenAt: Date;
  salinityPsu: number;
  waterTempC: number;
  depthCm: number;
}

export interface Pool {
  query(sql: string, params: unknown[]): Promise<{ rowCount: number }>;
  end(): Promise<void>;
}

export class MarshStationBuffer {
  private pending: SalinitySample[] = [];
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;

  constructor(
    private readonly pool: Pool,
    private readonly maxBatch = 200,
    private readonly flushEveryMs = 60_000,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      this.flushPending().catch((err: Error) => {
        console.error(`marsh buffer flush failed, ${this.pending.length} samples retained: ${err.message}`);
      });
    }, this.flushEveryMs);
  }

  add(sample: SalinitySample): void {
    if (sample.salinityPsu < 0 || sample.salinityPsu > 45) {
      throw new RangeError(`implausible salinity ${sample.salinityPsu} PSU from ${sample.stationId}`);
    }
    this.pending.push(sample);
  }

  async flushPending(): Promise<void> {
    if (this.flushing) return this.flushing;
    if (this.pending.length === 0) return;
    this.flushing = this.writeBatches().finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.flushPending();
    await this.pool.end();
  }

  private async writeBatches(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.slice(0, this.maxBatch);
      const values: unknown[] = [];
      const rows = batch.map((s, i) => {
        values.push(s.stationId, s.takenAt, s.salinityPsu, s.waterTempC, s.depthCm);
        const o = i * 5;
        return `($${o + 1}, $${o + 2}, $${o + 3}, $${o + 4}, $${o + 5})`;
      });
      await this.pool.query(
        `INSERT INTO marsh_samples (station_id, taken_at, salinity_psu, water_temp_c, depth_cm) VALUES ${rows.join(', ')}`,
        values,
      );
      this.pending.splice(0, batch.length);
    }
  }
}
