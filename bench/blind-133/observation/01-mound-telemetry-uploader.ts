// expect: no-floating-promises
// stop() fires the final flushBuffer() without awaiting it and goes straight on to close the pool, so the last batch races the shutdown and its rejection is never handled.
export interface MoundReading {
  moundId: string;
  chamber: string;
  celsius: number;
  co2ppm: number;
  takenAt: Date;
}

export interface SqlPool {
  query(sql: string, params: unknown[]): Promise<{ rowCount: number }>;
  end(): Promise<void>;
}

const COLUMNS = ['mound_id', 'chamber', 'celsius', 'co2_ppm', 'taken_at'] as const;

export class MoundTelemetryUploader {
  private buffer: MoundReading[] = [];
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();
  private uploaded = 0;

  constructor(
    private readonly pool: SqlPool,
    private readonly batchSize = 250,
    private readonly intervalMs = 15_000,
    private readonly onError: (err: unknown) => void = (err) => console.error('mound upload failed', err),
  ) {}

  start(): void {
    this.timer = setInterval(() => this.scheduleFlush(), this.intervalMs);
    this.timer.unref();
  }

  record(reading: MoundReading): void {
    this.buffer.push(reading);
    if (this.buffer.length >= this.batchSize) this.scheduleFlush();
  }

  get uploadedCount(): number {
    return this.uploaded;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.flushing;
    this.flushBuffer();
    await this.pool.end();
  }

  private scheduleFlush(): void {
    this.flushing = this.flushing
      .then(() => this.flushBuffer())
      .catch((err: unknown) => this.onError(err));
  }

  private async flushBuffer(): Promise<void> {
    if (this.buffer.length === 0) return;
    const batch = this.buffer.splice(0, this.buffer.length);
    const params = batch.flatMap((r) => [r.moundId, r.chamber, r.celsius, r.co2ppm, r.takenAt.toISOString()]);
    const rows = batch
      .map((_, row) => `(${COLUMNS.map((__, col) => `$${row * COLUMNS.length + col + 1}`).join(', ')})`)
      .join(', ');
    try {
      const result = await this.pool.query(
        `INSERT INTO mound_readings (${COLUMNS.join(', ')}) VALUES ${rows} ON CONFLICT DO NOTHING`,
        params,
      );
      this.uploaded += result.rowCount;
    } catch (err) {
      this.buffer.unshift(...batch);
      throw err;
    }
  }
}
