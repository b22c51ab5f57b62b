// expect: no-floating-promises
// forEach ignores the promises returned by the async callback, so flush() reports success and clears the buffer before any insert has finished and every failed insert becomes an unhandled rejection.
export interface ReefReading {
  sensorId: string;
  site: string;
  depthM: number;
  tempC: number;
  salinityPsu: number;
  takenAt: number;
}

export interface TimeSeriesStore {
  insert(table: string, row: ReefReading): Promise<void>;
}

export interface FlushStats {
  rows: number;
  sites: string[];
  durationMs: number;
}

export class ReadingBuffer {
  private pending: ReefReading[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly store: TimeSeriesStore, private readonly maxRows = 500) {}

  add(reading: ReefReading): boolean {
    if (reading.tempC < -2 || reading.tempC > 40) return false;
    this.pending.push(reading);
    return this.pending.length >= this.maxRows;
  }

  async flush(): Promise<FlushStats> {
    const started = Date.now();
    const batch = this.pending;
    this.pending = [];
    const sites = new Set<string>();

    batch.forEach(async (reading) => {
      sites.add(reading.site);
      await this.store.insert(`reef_${reading.site}`, reading);
    });

    return { rows: batch.length, sites: [...sites], durationMs: Date.now() - started };
  }

  startAutoFlush(intervalMs: number, onFlushed: (stats: FlushStats) => void, onError: (err: unknown) => void): void {
    this.stopAutoFlush();
    this.timer = setInterval(() => {
      this.flush().then(onFlushed, onError);
    }, intervalMs);
  }

  stopAutoFlush(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
