// expect: no-floating-promises
// setInterval discards the promise returned by `() => this.flush()`; when the ingest endpoint is down or slow, flush rejects on a timer tick and the rejection is unhandled, crashing the Node process instead of just retrying on the next tick.
type Tags = Record<string, string>;

interface Point {
  name: string;
  value: number;
  tags: Tags;
  ts: number;
}

export interface BatcherOptions {
  endpoint: string;
  apiKey: string;
  intervalMs?: number;
  maxBatch?: number;
  maxBuffered?: number;
  defaultTags?: Tags;
}

export class MetricsBatcher {
  private buffer: Point[] = [];
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<void> | null = null;
  private dropped = 0;

  constructor(private readonly opts: BatcherOptions) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.flush(), this.opts.intervalMs ?? 10_000);
    this.timer.unref();
  }

  record(name: string, value: number, tags: Tags = {}): void {
    this.buffer.push({ name, value, tags: { ...this.opts.defaultTags, ...tags }, ts: Date.now() });
    const overflow = this.buffer.length - (this.opts.maxBuffered ?? 50_000);
    if (overflow > 0) {
      this.buffer.splice(0, overflow);
      this.dropped += overflow;
    }
  }

  flush(): Promise<void> {
    if (this.inFlight) return this.inFlight;
    if (this.buffer.length === 0) return Promise.resolve();
    const batch = this.buffer.splice(0, this.opts.maxBatch ?? 500);
    this.inFlight = this.send(batch).finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    while (this.buffer.length > 0 || this.inFlight) await this.flush();
  }

  private async send(batch: Point[]): Promise<void> {
    const dropped = this.dropped;
    this.dropped = 0;
    const res = await fetch(this.opts.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'dd-api-key': this.opts.apiKey },
      body: JSON.stringify({ series: batch, droppedSinceLastFlush: dropped }),
      signal: AbortSignal.timeout(5_000),
    });
    if (!res.ok) {
      this.buffer.unshift(...batch);
      this.dropped += dropped;
      throw new Error(`metrics ingest rejected batch of ${batch.length}: HTTP ${res.status}`);
    }
  }
}
