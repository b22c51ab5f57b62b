// expect: no-multiple-settle
// The async executor awaits baselinePressure() before arming anything; if that call rejects, the returned promise never settles.
import { EventEmitter } from 'node:events';

export interface PressureReading {
  basin: string;
  vent: string;
  kpa: number;
  waterTempC: number;
  at: number;
}

export interface Eruption {
  basin: string;
  vent: string;
  peakKpa: number;
  ratio: number;
  detectedAt: number;
}

declare const sensorApi: {
  baselinePressure(basin: string): Promise<number>;
};

declare const telemetryFeed: EventEmitter;

declare const alertBoard: {
  post(message: string, severity: 'info' | 'watch' | 'warning'): void;
};

const ERUPTION_RATIO = 1.8;
const MIN_WATER_TEMP_C = 92;

export function waitForEruption(basin: string, windowMs: number): Promise<Eruption> {
  return new Promise<Eruption>(async (resolve, reject) => {
    const baseline = await sensorApi.baselinePressure(basin);

    const timer = setTimeout(() => {
      telemetryFeed.off('reading', onReading);
      reject(new Error(`no eruption in basin ${basin} within ${Math.round(windowMs / 60_000)} min`));
    }, windowMs);

    function onReading(reading: PressureReading): void {
      if (reading.basin !== basin) return;
      if (reading.waterTempC < MIN_WATER_TEMP_C) return;
      const ratio = reading.kpa / baseline;
      if (ratio < ERUPTION_RATIO) return;

      clearTimeout(timer);
      telemetryFeed.off('reading', onReading);
      resolve({
        basin,
        vent: reading.vent,
        peakKpa: reading.kpa,
        ratio,
        detectedAt: reading.at,
      });
    }

    telemetryFeed.on('reading', onReading);
  });
}

export class EruptionPredictor {
  private readonly intervals: number[] = [];
  private lastEruptionAt: number | null = null;

  constructor(private readonly basin: string) {}

  record(eruption: Eruption): void {
    if (this.lastEruptionAt !== null) {
      this.intervals.push(eruption.detectedAt - this.lastEruptionAt);
      if (this.intervals.length > 20) this.intervals.shift();
    }
    this.lastEruptionAt = eruption.detectedAt;
  }

  nextWindow(): { from: number; to: number } | null {
    if (this.lastEruptionAt === null || this.intervals.length < 3) return null;
    const sorted = [...this.intervals].sort((a, b) => a - b);
    const p10 = sorted[Math.floor(sorted.length * 0.1)];
    const p90 = sorted[Math.floor(sorted.length * 0.9)];
    return { from: this.lastEruptionAt + p10, to: this.lastEruptionAt + p90 };
  }

  async watchNext(): Promise<Eruption | null> {
    const window = this.nextWindow();
    const span = window ? Math.max(window.to - Date.now(), 60_000) : 3 * 60 * 60_000;
    try {
      const eruption = await waitForEruption(this.basin, span);
      this.record(eruption);
      alertBoard.post(`${this.basin}: eruption at vent ${eruption.vent} (${eruption.ratio.toFixed(2)}x)`, 'info');
      return eruption;
    } catch (err) {
      alertBoard.post(`${this.basin}: ${(err as Error).message}`, 'watch');
      return null;
    }
  }
}
