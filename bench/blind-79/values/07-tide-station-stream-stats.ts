// expect: none
// Correct: the variables updated in the 'data' handler are read only after `await finished(stream)`, and the promise tested for truthiness is an optional in-flight handle, not a value.
import { finished } from 'node:stream/promises';
import type { Readable } from 'node:stream';

interface GaugeSample {
  stationId: string;
  epochS: number;
  levelM: number;
  qualityFlag: 0 | 1 | 2 | 4 | 9;
}

declare function openSampleStream(stationId: string, day: string): Readable;
declare const alertBus: { raise(stationId: string, msg: string): Promise<void> };

export class TideDayStats {
  private pendingAlert: Promise<void> | undefined;
  highWaterM = -Infinity;
  lowWaterM = Infinity;
  samples = 0;
  flagged = 0;

  constructor(private readonly stationId: string, private readonly surgeThresholdM: number) {}

  async collect(day: string): Promise<void> {
    const stream = openSampleStream(this.stationId, day);

    stream.on('data', (s: GaugeSample) => {
      this.samples += 1;
      if (s.qualityFlag >= 4) {
        this.flagged += 1;
        return;
      }
      if (s.levelM > this.highWaterM) this.highWaterM = s.levelM;
      if (s.levelM < this.lowWaterM) this.lowWaterM = s.levelM;
    });

    await finished(stream);

    if (this.samples > 0 && this.flagged / this.samples > 0.2) {
      await this.alert(`${this.flagged} of ${this.samples} samples flagged on ${day}`);
    }
    if (this.highWaterM > this.surgeThresholdM) {
      await this.alert(`high water ${this.highWaterM.toFixed(2)} m exceeds ${this.surgeThresholdM} m on ${day}`);
    }
  }

  private alert(message: string): Promise<void> {
    if (this.pendingAlert) {
      this.pendingAlert = this.pendingAlert.then(() => alertBus.raise(this.stationId, message));
    } else {
      this.pendingAlert = alertBus.raise(this.stationId, message);
    }
    const current = this.pendingAlert;
    return current.finally(() => {
      if (this.pendingAlert === current) this.pendingAlert = undefined;
    });
  }

  rangeM(): number | null {
    if (!Number.isFinite(this.highWaterM) || !Number.isFinite(this.lowWaterM)) return null;
    return Math.round((this.highWaterM - this.lowWaterM) * 1000) / 1000;
  }
}

export async function weeklyRanges(stationId: string, days: readonly string[]): Promise<Record<string, number | null>> {
  const out: Record<string, number | null> = {};
  for (const day of days) {
    const stats = new TideDayStats(stationId, 3.2);
    await stats.collect(day);
    out[day] = stats.rangeM();
  }
  return out;
}
