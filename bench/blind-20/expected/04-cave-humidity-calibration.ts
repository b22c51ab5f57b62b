// expect: none
// Correct: the calibration promise is cached on purpose and awaited by many readers; it is only replaced (not re-awaited) when a refresh is needed or it failed.
import { readFile } from 'node:fs/promises';

export interface SensorCalibration {
  sensorId: string;
  offsetPct: number;
  gain: number;
  calibratedAt: string;
}

type CalibrationTable = Map<string, SensorCalibration>;

export class CaveHumidityMonitor {
  private calibration: Promise<CalibrationTable> | null = null;
  private loadedAt = 0;

  constructor(
    private readonly calibrationPath: string,
    private readonly maxAgeMs = 6 * 60 * 60 * 1000,
  ) {}

  private loadCalibration(): Promise<CalibrationTable> {
    const p = readFile(this.calibrationPath, 'utf8').then((text) => {
      const rows = JSON.parse(text) as SensorCalibration[];
      return new Map(rows.map((row) => [row.sensorId, row] as const));
    });
    // Drop a failed load so the next reader tries the file again.
    p.catch(() => {
      if (this.calibration === p) this.calibration = null;
    });
    return p;
  }

  private table(): Promise<CalibrationTable> {
    const stale = Date.now() - this.loadedAt > this.maxAgeMs;
    if (!this.calibration || stale) {
      this.calibration = this.loadCalibration();
      this.loadedAt = Date.now();
    }
    return this.calibration;
  }

  async correctedHumidity(sensorId: string, rawPct: number): Promise<number> {
    const table = await this.table();
    const cal = table.get(sensorId);
    if (!cal) return rawPct;
    return Math.min(100, Math.max(0, rawPct * cal.gain + cal.offsetPct));
  }

  async correctAll(readings: Array<{ sensorId: string; rawPct: number }>): Promise<Map<string, number>> {
    // Every call below shares the same in-flight load.
    const values = await Promise.all(readings.map(async (r) => [r.sensorId, await this.correctedHumidity(r.sensorId, r.rawPct)] as const));
    return new Map(values);
  }

  async uncalibratedSensors(sensorIds: string[]): Promise<string[]> {
    const table = await this.table();
    return sensorIds.filter((id) => !table.has(id));
  }

  invalidate(): void {
    this.calibration = null;
  }
}
