// expect: none
// Basins are processed with for...of + await instead of forEach(async), and the only fire-and-forget flush carries a .catch that records the failure.
import { EventEmitter } from 'node:events';
import { appendFile } from 'node:fs/promises';

export interface BasinSample {
  basin: string;
  tempC: number;
  conductivityUsCm: number;
  ph: number;
  at: number;
}

declare const basinSensors: {
  sample(basin: string): Promise<BasinSample>;
};

declare const rangerAlerts: {
  notify(basin: string, message: string): Promise<void>;
};

const LOG_FILE = '/var/log/geyser/basins.ndjson';
const FLUSH_AT = 25;

export class BasinLogger extends EventEmitter {
  private buffer: BasinSample[] = [];
  private flushFailures = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly basins: readonly string[]) {
    super();
  }

  private async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const batch = this.buffer;
    this.buffer = [];
    await appendFile(LOG_FILE, batch.map((s) => JSON.stringify(s)).join('\n') + '\n');
    this.emit('flushed', batch.length);
  }

  private record(sample: BasinSample): void {
    this.buffer.push(sample);
    if (this.buffer.length >= FLUSH_AT) {
      this.flush().catch((err: unknown) => {
        this.flushFailures += 1;
        this.emit('flush-failed', err);
      });
    }
  }

  async sweep(): Promise<BasinSample[]> {
    const anomalies: BasinSample[] = [];
    for (const basin of this.basins) {
      const sample = await basinSensors.sample(basin);
      this.record(sample);
      if (sample.ph < 2 || sample.tempC > 96) {
        anomalies.push(sample);
        await rangerAlerts.notify(basin, `pH ${sample.ph.toFixed(1)}, ${sample.tempC.toFixed(1)}°C — check boardwalk`);
      }
    }
    return anomalies;
  }

  start(everyMs = 60_000): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.sweep().then(
        (anomalies) => this.emit('swept', anomalies.length),
        (err: unknown) => this.emit('sweep-failed', err),
      );
    }, everyMs);
  }

  async stop(): Promise<number> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flush();
    return this.flushFailures;
  }
}
