// expect: no-uncalled-async-function
// stop() awaits the flushPending method reference instead of calling it, so buffered readings are never written on shutdown.
import { EventEmitter } from 'node:events';

export interface Reading {
  stationId: string;
  observedAt: number;
  temperatureC: number;
  humidityPct: number;
  pressureHpa: number;
}

declare const timeseries: {
  writeBatch(table: string, rows: Reading[]): Promise<{ written: number }>;
};

export interface IngestOptions {
  table: string;
  maxBatch: number;
  flushIntervalMs: number;
}

export class StationIngest extends EventEmitter {
  private buffer: Reading[] = [];
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly opts: IngestOptions) {
    super();
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.flushPending().catch((err) => this.emit('error', err));
    }, this.opts.flushIntervalMs);
    this.timer.unref();
  }

  accept(reading: Reading): void {
    if (!Number.isFinite(reading.temperatureC) || reading.humidityPct < 0 || reading.humidityPct > 100) {
      this.emit('rejected', reading);
      return;
    }
    this.buffer.push(reading);
    if (this.buffer.length >= this.opts.maxBatch) {
      this.flushPending().catch((err) => this.emit('error', err));
    }
  }

  async flushPending(): Promise<void> {
    // chain writes so batches land in arrival order
    this.writing = this.writing.then(async () => {
      if (this.buffer.length === 0) return;
      const batch = this.buffer.splice(0, this.buffer.length);
      try {
        const { written } = await timeseries.writeBatch(this.opts.table, batch);
        this.emit('flushed', written);
      } catch (err) {
        // put the rows back so the next tick can try again
        this.buffer.unshift(...batch);
        throw err;
      }
    });
    return this.writing;
  }

  async stop(): Promise<void> {
    if (this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
    await this.flushPending;
    this.emit('stopped', this.buffer.length);
  }
}

export function summarize(readings: Reading[]): Map<string, { count: number; meanTemp: number }> {
  const out = new Map<string, { count: number; meanTemp: number }>();
  for (const r of readings) {
    const prev = out.get(r.stationId) ?? { count: 0, meanTemp: 0 };
    const count = prev.count + 1;
    out.set(r.stationId, { count, meanTemp: prev.meanTemp + (r.temperatureC - prev.meanTemp) / count });
  }
  return out;
}
