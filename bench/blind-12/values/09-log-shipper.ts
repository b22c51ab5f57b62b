// expect: no-promise-as-value
// sha256Hex() is async, so the x-batch-checksum header is built from the un-awaited promise and is sent as "[object Promise]".
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';
import { hostname } from 'node:os';

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

async function sha256Hex(data: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', Uint8Array.from(data));
  return Buffer.from(digest).toString('hex');
}

export class LogShipper {
  private buffer: LogRecord[] = [];
  private timer: NodeJS.Timeout | undefined;
  private sequence = 0;
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly opts: ShipperOptions) {}

  start(): void {
    this.timer = setInterval(() => void this.flush(), this.opts.flushIntervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  push(record: LogRecord): void {
    this.buffer.push(record);
    if (this.buffer.length >= this.opts.maxBatch) void this.flush();
  }

  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.sendPending());
    return this.flushing;
  }

  private async sendPending(): Promise<void> {
    if (this.buffer.length === 0) return;
    const batch = this.buffer.splice(0, this.opts.maxBatch);
    const ndjson = batch.map((r) => JSON.stringify({ host: hostname(), ...r })).join('\n');
    const body = await gzipAsync(Buffer.from(ndjson, 'utf8'));
    const seq = ++this.sequence;

    const headers: Record<string, string> = {
      'content-type': 'application/x-ndjson',
      'content-encoding': 'gzip',
      authorization: `Bearer ${this.opts.apiKey}`,
      'x-batch-seq': String(seq),
      'x-batch-checksum': `sha256=${sha256Hex(body)}`,
    };

    try {
      const res = await fetch(this.opts.endpoint, { method: 'POST', headers, body });
      if (res.status === 429 || res.status >= 500) {
        // Put the batch back at the front so ordering is kept on retry.
        this.buffer.unshift(...batch);
        return;
      }
      if (!res.ok) {
        console.error(`log ingest rejected batch ${seq}: ${res.status} ${await res.text()}`);
      }
    } catch (err) {
      this.buffer.unshift(...batch);
      console.warn(`log ingest unreachable, keeping ${batch.length} records`, err);
    }
  }
}
