// expect: none
// Flushes are deliberately fire-and-forget, but every call site chains .catch(), so a failed upload is always handled.
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';
import { EventEmitter } from 'node:events';

const gzipAsync = promisify(gzip);

export interface LogRecord {
  ts: number;
  level: 'debug' | 'info' | 'warn' | 'error';
  msg: string;
  fields?: Record<string, unknown>;
}

export interface ShipperOptions {
  endpoint: string;
  apiKey: string;
  maxBatch: number;
  flushIntervalMs: number;
}

export class LogShipper extends EventEmitter {
  private buffer: LogRecord[] = [];
  private inFlight: Promise<void> | null = null;
  private readonly timer: NodeJS.Timeout;
  private dropped = 0;

  constructor(private readonly opts: ShipperOptions) {
    super();
    this.timer = setInterval(() => {
      this.flush().catch((err) => this.reportFailure(err));
    }, opts.flushIntervalMs);
    this.timer.unref();
  }

  push(record: LogRecord): void {
    this.buffer.push(record);
    if (this.buffer.length > this.opts.maxBatch * 10) {
      this.dropped += this.buffer.length - this.opts.maxBatch * 10;
      this.buffer.splice(0, this.buffer.length - this.opts.maxBatch * 10);
    }
    if (this.buffer.length >= this.opts.maxBatch) {
      void this.flush().catch((err) => this.reportFailure(err));
    }
  }

  flush(): Promise<void> {
    if (this.inFlight) return this.inFlight;
    if (this.buffer.length === 0) return Promise.resolve();

    const batch = this.buffer.splice(0, this.opts.maxBatch);
    this.inFlight = this.send(batch)
      .catch((err: unknown) => {
        // put the batch back so the next tick retries it
        this.buffer.unshift(...batch);
        throw err;
      })
      .finally(() => {
        this.inFlight = null;
      });
    return this.inFlight;
  }

  private async send(batch: LogRecord[]): Promise<void> {
    const body = await gzipAsync(Buffer.from(batch.map((r) => JSON.stringify(r)).join('\n')));
    const res = await fetch(this.opts.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-ndjson',
        'content-encoding': 'gzip',
        authorization: `Bearer ${this.opts.apiKey}`,
        'x-dropped-count': String(this.dropped),
      },
      body,
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok) {
      throw new Error(`log ingest responded ${res.status}`);
    }
    this.dropped = 0;
    this.emit('shipped', batch.length);
  }

  private reportFailure(err: unknown): void {
    this.emit('ship-error', err instanceof Error ? err : new Error(String(err)));
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    while (this.buffer.length > 0 || this.inFlight) {
      await this.flush();
    }
  }
}
