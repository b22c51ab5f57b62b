// expect: no-uncalled-async-function
// stop() does `await this.flushPending` without calling it, so queued hoop records are never flushed before the line closes.
export interface HoopRecord {
  serial: string;
  diameterMm: number;
  wallMm: number;
  colour: string;
  extrudedAt: number;
}

declare const extruderLine: {
  onHoop(cb: (hoop: HoopRecord) => void): () => void;
  close(): Promise<void>;
};

declare const productionDb: {
  insertHoops(rows: HoopRecord[]): Promise<number>;
};

declare const lineMetrics: {
  gauge(name: string, value: number): void;
  increment(name: string, by?: number): void;
};

const MAX_BATCH = 250;
const FLUSH_EVERY_MS = 2_000;

export class ExtruderRecorder {
  private queue: HoopRecord[] = [];
  private accepting = true;
  private unsubscribe?: () => void;
  private ticker?: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();

  start(): void {
    this.unsubscribe = extruderLine.onHoop((hoop) => this.accept(hoop));
    this.ticker = setInterval(() => {
      this.scheduleFlush();
    }, FLUSH_EVERY_MS);
  }

  private accept(hoop: HoopRecord): void {
    if (!this.accepting) {
      lineMetrics.increment('hoops.dropped_after_stop');
      return;
    }
    if (hoop.wallMm < 1.2) {
      lineMetrics.increment('hoops.thin_wall');
    }
    this.queue.push(hoop);
    lineMetrics.gauge('hoops.queue_depth', this.queue.length);
    if (this.queue.length >= MAX_BATCH) this.scheduleFlush();
  }

  private scheduleFlush(): void {
    this.flushing = this.flushing
      .then(() => this.flushPending())
      .catch(() => {
        lineMetrics.increment('hoops.flush_failed');
      });
  }

  private async flushPending(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, MAX_BATCH);
      const inserted = await productionDb.insertHoops(batch);
      lineMetrics.increment('hoops.persisted', inserted);
    }
    lineMetrics.gauge('hoops.queue_depth', 0);
  }

  async stop(): Promise<void> {
    this.accepting = false;
    this.unsubscribe?.();
    clearInterval(this.ticker);
    await this.flushing;
    await this.flushPending;
    await extruderLine.close();
  }

  pending(): number {
    return this.queue.length;
  }
}

export async function runShift(durationMs: number): Promise<number> {
  const recorder = new ExtruderRecorder();
  recorder.start();
  await new Promise<void>((resolve) => setTimeout(resolve, durationMs));
  await recorder.stop();
  return recorder.pending();
}
