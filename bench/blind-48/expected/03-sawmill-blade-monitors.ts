// expect: no-uncalled-async-function
// Bug: shutdown() awaits this.flushVibrationBuffer (the function) rather than calling it, so buffered samples are dropped when the db closes.
export interface VibrationSample {
  bladeId: string;
  rmsMmS: number;
  peakG: number;
  rpm: number;
  at: number;
}

declare const bladeSensors: {
  sample(bladeId: string): VibrationSample;
};

declare const bladeDb: {
  insertSamples(rows: VibrationSample[]): Promise<void>;
  close(): Promise<void>;
};

declare const millAlarms: {
  raise(bladeId: string, reason: string): Promise<void>;
};

const RMS_ALARM_MM_S = 11.2;
const FLUSH_EVERY = 50;

export class BladeMonitor {
  private buffer: VibrationSample[] = [];
  private sampler: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(private readonly bladeIds: string[], private readonly periodMs = 200) {}

  start(): void {
    this.sampler = setInterval(() => this.collect(), this.periodMs);
  }

  private collect(): void {
    if (this.stopped) return;
    for (const bladeId of this.bladeIds) {
      const sample = bladeSensors.sample(bladeId);
      this.buffer.push(sample);
      if (sample.rmsMmS > RMS_ALARM_MM_S) {
        millAlarms.raise(bladeId, `vibration ${sample.rmsMmS.toFixed(1)} mm/s`).catch(() => undefined);
      }
    }
    if (this.buffer.length >= FLUSH_EVERY) {
      this.flushing = this.flushing.then(this.flushVibrationBuffer).catch(() => undefined);
    }
  }

  private readonly flushVibrationBuffer = async (): Promise<void> => {
    if (this.buffer.length === 0) return;
    const batch = this.buffer;
    this.buffer = [];
    try {
      await bladeDb.insertSamples(batch);
    } catch (err) {
      this.buffer = batch.concat(this.buffer);
      throw err;
    }
  };

  worstBlade(): { bladeId: string; rmsMmS: number } | undefined {
    let worst: VibrationSample | undefined;
    for (const s of this.buffer) {
      if (!worst || s.rmsMmS > worst.rmsMmS) worst = s;
    }
    return worst && { bladeId: worst.bladeId, rmsMmS: worst.rmsMmS };
  }

  async shutdown(): Promise<void> {
    this.stopped = true;
    if (this.sampler) clearInterval(this.sampler);
    await this.flushing;
    await this.flushVibrationBuffer;
    await bladeDb.close();
  }
}
