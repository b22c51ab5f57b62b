// expect: no-uncalled-async-function
// close() does `await this.flush` without calling it; the last buffered flux readings are never written before the DB handle closes.
export interface FluxReading {
  chamberId: string;
  co2UmolM2s: number;
  ch4NmolM2s: number;
  soilTempC: number;
  waterTableCm: number;
  at: Date;
}

interface Db {
  insertMany(table: string, rows: Array<Record<string, unknown>>): Promise<number>;
  close(): Promise<void>;
}

export class FluxBuffer {
  private rows: FluxReading[] = [];
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<number> | null = null;

  constructor(
    private readonly db: Db,
    private readonly maxRows = 500,
    private readonly intervalMs = 60_000,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      this.flush().catch((err) => console.error('flux flush failed', err));
    }, this.intervalMs);
    this.timer.unref();
  }

  add(reading: FluxReading): void {
    this.rows.push(reading);
    if (this.rows.length >= this.maxRows) {
      this.flush().catch((err) => console.error('flux flush failed', err));
    }
  }

  async flush(): Promise<number> {
    if (this.flushing) await this.flushing;
    if (this.rows.length === 0) return 0;

    const batch = this.rows;
    this.rows = [];
    this.flushing = this.db.insertMany(
      'flux_readings',
      batch.map((r) => ({
        chamber_id: r.chamberId,
        co2: r.co2UmolM2s,
        ch4: r.ch4NmolM2s,
        soil_temp: r.soilTempC,
        water_table: r.waterTableCm,
        measured_at: r.at.toISOString(),
      })),
    );
    try {
      return await this.flushing;
    } catch (err) {
      this.rows = batch.concat(this.rows);
      throw err;
    } finally {
      this.flushing = null;
    }
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flush;
    await this.db.close();
  }

  get pending(): number {
    return this.rows.length;
  }
}
