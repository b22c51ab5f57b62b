// expect: no-uncalled-async-function
// stop() does `await this.flushTelemetry` without calling it, so shutdown awaits the function object, closes the sink at once and the last resurfacing cycle's buffered samples are lost.
export interface TelemetrySample {
  machine: string;
  at: number;
  bladeDepthMm: number;
  waterLpm: number;
  speedKmh: number;
}

export interface TelemetrySink {
  write(batch: TelemetrySample[]): Promise<void>;
  close(): Promise<void>;
}

export class TelemetryUplink {
  private buffer: TelemetrySample[] = [];
  private timer: ReturnType<typeof setInterval> | undefined;
  private stopped = false;

  constructor(
    private readonly sink: TelemetrySink,
    private readonly onError: (err: unknown) => void,
    private readonly flushEveryMs = 5_000,
    private readonly maxBuffered = 2_000,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      this.flushTelemetry().catch(this.onError);
    }, this.flushEveryMs);
  }

  record(sample: TelemetrySample): void {
    if (this.stopped) return;
    this.buffer.push(sample);
    if (this.buffer.length > this.maxBuffered) this.buffer.splice(0, this.buffer.length - this.maxBuffered);
  }

  async flushTelemetry(): Promise<void> {
    if (this.buffer.length === 0) return;
    const batch = this.buffer.splice(0);
    try {
      await this.sink.write(batch);
    } catch (err) {
      this.buffer.unshift(...batch);
      throw err;
    }
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    clearInterval(this.timer);
    await this.flushTelemetry;
    await this.sink.close();
  }
}
