// expect: no-uncalled-async-function
// close() awaits this.flushPending (the method) rather than this.flushPending(), so buffered water-table samples are dropped when the store is closed.
import { EventEmitter } from 'node:events';

export interface PiezometerSample {
  boreholeId: string;
  waterTableCm: number;
  soilTempC: number;
  methanePpm: number | null;
  at: number;
}

interface TimeseriesStore {
  writeBatch(series: string, rows: PiezometerSample[]): Promise<void>;
  close(): Promise<void>;
}

declare function openTimeseriesStore(url: string): TimeseriesStore;
declare const bogNetwork: EventEmitter;

export class BogSampleWriter {
  private buffer: PiezometerSample[] = [];
  private flushing: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private readonly store: TimeseriesStore;

  constructor(
    storeUrl: string,
    private readonly series = 'peat.piezometer',
    private readonly maxBatch = 500,
    flushEveryMs = 15_000,
  ) {
    this.store = openTimeseriesStore(storeUrl);
    bogNetwork.on('sample', this.onSample);
    this.timer = setInterval(() => {
      this.flushing = this.flushing.then(() => this.writeBuffered()).catch((err) => this.reportFailure(err));
    }, flushEveryMs);
  }

  private readonly onSample = (sample: PiezometerSample): void => {
    if (this.closed) return;
    // Readings above the surface mean a flooded borehole cap, not a real water table.
    if (sample.waterTableCm > 5) return;
    this.buffer.push(sample);
    if (this.buffer.length >= this.maxBatch) {
      this.flushing = this.flushing.then(() => this.writeBuffered()).catch((err) => this.reportFailure(err));
    }
  };

  private async writeBuffered(): Promise<void> {
    if (this.buffer.length === 0) return;
    const batch = this.buffer;
    this.buffer = [];
    try {
      await this.store.writeBatch(this.series, batch);
    } catch (err) {
      // Put the rows back at the front so ordering is preserved for the next attempt.
      this.buffer = batch.concat(this.buffer);
      throw err;
    }
  }

  private reportFailure(err: unknown): void {
    bogNetwork.emit('writer-error', err);
  }

  async flushPending(): Promise<void> {
    await this.flushing;
    await this.writeBuffered();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.timer);
    bogNetwork.off('sample', this.onSample);
    await this.flushPending;
    await this.store.close();
  }

  get pendingCount(): number {
    return this.buffer.length;
  }
}
