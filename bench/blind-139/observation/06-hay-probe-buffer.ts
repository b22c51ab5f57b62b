// expect: no-floating-promises
// shutdown() calls the async flushBuffer() without awaiting it and then closes the store, so the final flush races the close and its failure is never observed.
export interface ProbeSample {
  probeId: string;
  baleRow: number;
  moisturePct: number;
  tempC: number;
  at: number;
}

export interface TimeSeriesStore {
  writeBatch(measurement: string, points: ProbeSample[]): Promise<void>;
  close(): Promise<void>;
}

export interface BufferOptions {
  maxPoints: number;
  flushEveryMs: number;
  onError: (err: unknown) => void;
}

export class ProbeSampleBuffer {
  private pending: ProbeSample[] = [];
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly store: TimeSeriesStore, private readonly options: BufferOptions) {}

  start(): void {
    this.timer = setInterval(() => {
      this.flushBuffer().catch(this.options.onError);
    }, this.options.flushEveryMs);
  }

  add(sample: ProbeSample): void {
    if (sample.moisturePct < 0 || sample.moisturePct > 100) return;
    this.pending.push(sample);
    if (this.pending.length >= this.options.maxPoints) {
      this.flushBuffer().catch(this.options.onError);
    }
  }

  async flushBuffer(): Promise<void> {
    const batch = this.pending;
    if (batch.length === 0) return this.flushing;
    this.pending = [];
    const write = this.flushing.then(() => this.store.writeBatch('hay_moisture', batch));
    this.flushing = write.catch(() => undefined);
    return write;
  }

  async shutdown(): Promise<void> {
    if (this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
    this.flushBuffer();
    await this.store.close();
  }

  get buffered(): number {
    return this.pending.length;
  }
}

export function isCombustionRisk(samples: readonly ProbeSample[]): boolean {
  return samples.some((s) => s.moisturePct > 22 && s.tempC > 55);
}
