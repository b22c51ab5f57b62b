// expect: none
// Uploads are deliberately fire-and-forget, but each one is chained to a .catch that counts and logs the failure and is tracked so flush() can await it, so no rejection is left unhandled.
export interface EnvelopeSample {
  balloonReg: string;
  at: number;
  altitudeFt: number;
  envelopeTempC: number;
  fuelPct: number;
}

export interface TelemetryUplink {
  post(path: string, body: string): Promise<{ accepted: number }>;
}

export class EnvelopeTelemetry {
  private buffer: EnvelopeSample[] = [];
  private readonly inflight = new Set<Promise<void>>();
  private failedSamples = 0;
  private sentSamples = 0;

  constructor(
    private readonly uplink: TelemetryUplink,
    private readonly batchSize = 20,
    private readonly log: (msg: string) => void = console.error,
  ) {}

  record(sample: EnvelopeSample): void {
    if (sample.envelopeTempC > 120) {
      this.log(`${sample.balloonReg}: envelope at ${sample.envelopeTempC}°C, above the fabric limit`);
    }
    this.buffer.push(sample);
    if (this.buffer.length >= this.batchSize) this.ship();
  }

  stats(): { sent: number; failed: number; pending: number } {
    return { sent: this.sentSamples, failed: this.failedSamples, pending: this.buffer.length };
  }

  async flush(): Promise<void> {
    if (this.buffer.length) this.ship();
    await Promise.all(this.inflight);
  }

  private ship(): void {
    const batch = this.buffer;
    this.buffer = [];
    const upload = this.upload(batch).catch((err: unknown) => {
      this.failedSamples += batch.length;
      this.log(`telemetry batch of ${batch.length} dropped: ${err instanceof Error ? err.message : String(err)}`);
    });
    this.inflight.add(upload);
    void upload.finally(() => this.inflight.delete(upload));
  }

  private async upload(batch: EnvelopeSample[]): Promise<void> {
    const body = JSON.stringify({ samples: batch, sentAt: Date.now() });
    const { accepted } = await this.uplink.post('/festival/telemetry', body);
    this.sentSamples += accepted;
    if (accepted < batch.length) this.failedSamples += batch.length - accepted;
  }
}
