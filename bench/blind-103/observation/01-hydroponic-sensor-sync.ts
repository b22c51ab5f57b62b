// expect: none
// Every promise started here is observed: the listener hands off to flush()/notify() with a .catch attached on the spot, the shared flush promise is returned to callers, and backfill awaits Promise.all over its async map.
import { EventEmitter } from 'node:events';

export interface SensorSample {
  bed: string;
  ph: number;
  ecMsCm: number;
  waterTempC: number;
  at: number;
}

export interface SampleStore {
  insertMany(samples: SensorSample[]): Promise<number>;
  lastTimestamp(bed: string): Promise<number>;
}

export interface SampleSource {
  since(bed: string, fromMs: number): Promise<SensorSample[]>;
}

export interface Alerts {
  notify(bed: string, message: string): Promise<void>;
}

export interface Logger {
  warn(msg: string, meta?: unknown): void;
  info(msg: string, meta?: unknown): void;
}

export class SensorSync {
  private buffer: SensorSample[] = [];
  private flushing: Promise<void> | null = null;

  constructor(
    feed: EventEmitter,
    private readonly store: SampleStore,
    private readonly source: SampleSource,
    private readonly alerts: Alerts,
    private readonly log: Logger,
    private readonly batchSize = 50,
  ) {
    feed.on('sample', (s: SensorSample) => this.onSample(s));
  }

  flush(): Promise<void> {
    this.flushing ??= this.writeBuffered().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  async backfill(beds: string[]): Promise<number> {
    const counts = await Promise.all(
      beds.map(async (bed) => {
        const from = await this.store.lastTimestamp(bed);
        const missing = await this.source.since(bed, from);
        return missing.length > 0 ? this.store.insertMany(missing) : 0;
      }),
    );
    const total = counts.reduce((a, b) => a + b, 0);
    this.log.info('backfill complete', { beds: beds.length, total });
    return total;
  }

  private onSample(sample: SensorSample): void {
    this.buffer.push(sample);
    if (sample.ph < 5.2 || sample.ph > 6.8) {
      this.alerts
        .notify(sample.bed, `pH ${sample.ph.toFixed(2)} outside 5.2–6.8`)
        .catch((err: unknown) => this.log.warn('pH alert not delivered', err));
    }
    if (this.buffer.length >= this.batchSize) {
      this.flush().catch((err: unknown) => this.log.warn('sample flush failed, will retry on next batch', err));
    }
  }

  private async writeBuffered(): Promise<void> {
    while (this.buffer.length > 0) {
      const batch = this.buffer.splice(0, this.batchSize);
      try {
        await this.store.insertMany(batch);
      } catch (err) {
        this.buffer.unshift(...batch);
        throw err;
      }
    }
  }
}
