// expect: none
// Shipments are retried only while the signal is live; on abort the batch is requeued and the error rethrown, and the backoff sleep gets the signal.
import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';

export interface LogLine {
  ts: number;
  level: 'debug' | 'info' | 'warn' | 'error';
  msg: string;
  fields?: Record<string, unknown>;
}

export interface ShipperOptions {
  endpoint: string;
  apiKey: string;
  maxBatch?: number;
  flushIntervalMs?: number;
  maxAttempts?: number;
}

class HttpStatusError extends Error {
  constructor(readonly status: number) {
    super(`ingest responded ${status}`);
  }
}

export class LogShipper {
  private buffer: LogLine[] = [];
  private timer: ReturnType<typeof setInterval> | undefined;
  private draining: Promise<void> | undefined;

  constructor(private readonly opts: ShipperOptions) {}

  start(): void {
    this.timer = setInterval(() => {
      this.draining ??= this.drain().finally(() => (this.draining = undefined));
    }, this.opts.flushIntervalMs ?? 2_000);
    this.timer.unref();
  }

  push(line: LogLine): void {
    this.buffer.push(line);
  }

  /** Call on shutdown, e.g. `await shipper.stop(AbortSignal.timeout(5000))`. */
  async stop(signal: AbortSignal): Promise<void> {
    clearInterval(this.timer);
    await this.draining;
    await this.drain(signal);
  }

  private async drain(signal?: AbortSignal): Promise<void> {
    const max = this.opts.maxBatch ?? 500;
    while (this.buffer.length) {
      const batch = this.buffer.splice(0, max);
      try {
        await this.ship(batch, signal);
      } catch (err) {
        if (signal?.aborted) {
          this.buffer.unshift(...batch);
          throw err;
        }
        process.emitWarning(`dropping ${batch.length} log lines: ${(err as Error).message}`);
      }
    }
  }

  private async ship(batch: LogLine[], signal?: AbortSignal): Promise<void> {
    const body = gzipSync(batch.map((l) => JSON.stringify(l)).join('\n'));
    const maxAttempts = this.opts.maxAttempts ?? 5;

    for (let attempt = 1; ; attempt++) {
      try {
        const res = await fetch(this.opts.endpoint, {
          method: 'POST',
          headers: {
            'content-type': 'application/x-ndjson',
            'content-encoding': 'gzip',
            'x-api-key': this.opts.apiKey,
          },
          body,
          signal,
        });
        if (res.ok) return;
        throw new HttpStatusError(res.status);
      } catch (err) {
        if (signal?.aborted) throw err;
        const retriable = !(err instanceof HttpStatusError) || err.status >= 500 || err.status === 429;
        if (!retriable || attempt >= maxAttempts) throw err;
        await sleep(Math.min(250 * 2 ** attempt, 10_000), undefined, { signal });
      }
    }
  }
}
