// expect: no-uncalled-async-function
// shutdown awaits this.flushPendingReadings without calling it, so the await is a no-op and buffered readings are lost when the archive is closed.
export interface HumidityReading {
  vaultId: string;
  rh: number;
  celsius: number;
  at: number;
}

export interface ReadingArchive {
  insertMany(rows: HumidityReading[]): Promise<void>;
  close(): Promise<void>;
}

export interface VaultSensorBus {
  poll(): Promise<HumidityReading[]>;
}

export class VaultDataLogger {
  private buffer: HumidityReading[] = [];
  private inflight = new Set<Promise<void>>();
  private timer: ReturnType<typeof setInterval> | null = null;
  private accepting = true;
  lastError: unknown = null;

  constructor(
    private readonly bus: VaultSensorBus,
    private readonly archive: ReadingArchive,
    private readonly batchSize = 200,
  ) {}

  start(intervalMs = 30_000): void {
    this.timer = setInterval(() => {
      if (!this.accepting) return;
      const job: Promise<void> = this.pollOnce()
        .catch((err: unknown) => {
          this.lastError = err;
        })
        .finally(() => this.inflight.delete(job));
      this.inflight.add(job);
    }, intervalMs);
  }

  private async pollOnce(): Promise<void> {
    const readings = await this.bus.poll();
    this.buffer.push(...readings);
    if (this.buffer.length >= this.batchSize) await this.flushPendingReadings();
  }

  private async flushPendingReadings(): Promise<void> {
    if (this.buffer.length === 0) return;
    const batch = this.buffer;
    this.buffer = [];
    try {
      await this.archive.insertMany(batch);
    } catch (err) {
      this.buffer = batch.concat(this.buffer);
      throw err;
    }
  }

  private async drainInflight(): Promise<void> {
    await Promise.all([...this.inflight]);
  }

  async shutdown(): Promise<void> {
    this.accepting = false;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.drainInflight();
    await this.flushPendingReadings;
    await this.archive.close();
  }
}
