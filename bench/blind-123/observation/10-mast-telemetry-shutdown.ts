// expect: none
// close() awaits the final telemetry flush before ending the pool, and the periodic flush attaches a rejection handler, so every flush promise is observed.
export interface MastTelemetry {
  mastId: string;
  at: Date;
  windKnots: number;
  yawDeg: number;
  noseConeLoadKn: number;
}

export interface TelemetryPool {
  query(sql: string, params: unknown[]): Promise<{ rowCount: number }>;
  end(): Promise<void>;
}

export class MastTelemetryWriter {
  private queue: MastTelemetry[] = [];
  private interval: NodeJS.Timeout | undefined;
  private inFlight: Promise<void> | undefined;
  private closed = false;

  constructor(
    private readonly pool: TelemetryPool,
    private readonly periodMs = 5_000,
  ) {}

  open(): void {
    this.interval = setInterval(() => {
      this.flush().catch((err: Error) => {
        console.error(`mast telemetry flush failed (${this.queue.length} rows kept): ${err.message}`);
      });
    }, this.periodMs);
  }

  record(sample: MastTelemetry): void {
    if (this.closed) throw new Error('telemetry writer is closed');
    this.queue.push(sample);
  }

  flush(): Promise<void> {
    if (this.inFlight) return this.inFlight;
    if (this.queue.length === 0) return Promise.resolve();
    this.inFlight = this.write().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.interval) clearInterval(this.interval);
    this.interval = undefined;
    try {
      await this.flush();
      if (this.queue.length > 0) await this.flush();
    } finally {
      await this.pool.end();
    }
  }

  private async write(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.slice(0, 100);
      const params: unknown[] = [];
      const tuples = batch.map((row, i) => {
        params.push(row.mastId, row.at, row.windKnots, row.yawDeg, row.noseConeLoadKn);
        const base = i * 5;
        return `($${base + 1}, $${base + 2}, $${base + 3}, $${base + 4}, $${base + 5})`;
      });
      await this.pool.query(
        `INSERT INTO mast_telemetry (mast_id, at, wind_knots, yaw_deg, nose_cone_load_kn) VALUES ${tuples.join(', ')}`,
        params,
      );
      this.queue.splice(0, batch.length);
    }
  }
}
