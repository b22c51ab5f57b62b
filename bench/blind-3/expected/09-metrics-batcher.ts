// expect: no-uncalled-async-function
// close() awaits the flush method reference instead of calling it, so whatever is still buffered at shutdown is never sent.
export interface MetricPoint {
  name: string;
  value: number;
  tags: Record<string, string>;
  timestamp: number;
}

declare const collector: {
  push(points: MetricPoint[], opts: { compression: 'gzip' | 'none' }): Promise<{ accepted: number }>;
};

export class MetricsBatcher {
  private buffer: MetricPoint[] = [];
  private readonly timer: NodeJS.Timeout;
  private closed = false;

  constructor(
    private readonly maxBatch = 500,
    flushIntervalMs = 10_000,
  ) {
    this.timer = setInterval(() => {
      this.flush().catch((err: unknown) => console.error('[metrics] periodic flush failed', err));
    }, flushIntervalMs);
    this.timer.unref();
  }

  record(name: string, value: number, tags: Record<string, string> = {}): void {
    if (this.closed) return;
    this.buffer.push({ name, value, tags, timestamp: Date.now() });
    if (this.buffer.length >= this.maxBatch) {
      this.flush().catch((err: unknown) => console.error('[metrics] size-triggered flush failed', err));
    }
  }

  async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const batch = this.buffer;
    this.buffer = [];
    try {
      const { accepted } = await collector.push(batch, { compression: 'gzip' });
      if (accepted < batch.length) {
        console.warn(`[metrics] collector dropped ${batch.length - accepted} of ${batch.length} points`);
      }
    } catch (err) {
      this.buffer = batch.concat(this.buffer).slice(-this.maxBatch * 4);
      throw err;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.timer);
    await this.flush;
  }
}
