// expect: no-uncalled-async-function
// shutdown() does `await this.flushTelemetry` without calling it, so buffered readings are never written before the fans stop.
export interface FanReading {
  fanId: string;
  rpm: number;
  mirrorDeltaC: number;
  at: number;
}

export interface DomeFan {
  id: string;
  setDuty(percent: number): Promise<void>;
  read(): Promise<{ rpm: number; mirrorDeltaC: number }>;
}

declare const telemetrySink: {
  writeBatch(readings: FanReading[]): Promise<void>;
};

declare const domeLog: {
  info(message: string): void;
};

export class MirrorCoolingController {
  private buffer: FanReading[] = [];
  private running = false;
  private loop?: ReturnType<typeof setInterval>;

  constructor(private readonly fans: DomeFan[], private readonly targetDeltaC = 0.5) {}

  start(intervalMs = 5000): void {
    if (this.running) return;
    this.running = true;
    this.loop = setInterval(() => {
      this.tick().catch((err: Error) => domeLog.info(`cooling tick failed: ${err.message}`));
    }, intervalMs);
  }

  private async tick(): Promise<void> {
    for (const fan of this.fans) {
      const { rpm, mirrorDeltaC } = await fan.read();
      this.buffer.push({ fanId: fan.id, rpm, mirrorDeltaC, at: Date.now() });

      const duty = this.dutyFor(mirrorDeltaC);
      await fan.setDuty(duty);
    }
    if (this.buffer.length >= 50) {
      await this.flushTelemetry();
    }
  }

  private dutyFor(deltaC: number): number {
    const error = deltaC - this.targetDeltaC;
    if (error <= 0) return 15;
    return Math.min(100, Math.round(15 + error * 40));
  }

  async flushTelemetry(): Promise<void> {
    if (this.buffer.length === 0) return;
    const batch = this.buffer;
    this.buffer = [];
    try {
      await telemetrySink.writeBatch(batch);
    } catch (err) {
      this.buffer = batch.concat(this.buffer);
      throw err;
    }
  }

  async shutdown(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    clearInterval(this.loop);

    for (const fan of this.fans) {
      await fan.setDuty(0);
    }

    await this.flushTelemetry;
    domeLog.info(`cooling stopped for ${this.fans.length} fans`);
  }

  pendingReadings(): number {
    return this.buffer.length;
  }
}
