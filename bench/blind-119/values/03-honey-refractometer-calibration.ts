// expect: no-read-before-settle
// refreshCalibration stores and returns offset right after calling the callback form of readFile, before the callback has run, so the default offset is always used.
import { readFile } from 'node:fs';
import { join } from 'node:path';

export interface RawReading {
  sampleId: string;
  brix: number;
  tempC: number;
}

export interface CorrectedReading {
  sampleId: string;
  moisturePct: number;
  offsetApplied: number;
}

interface CalibrationFile {
  deviceId: string;
  offset: number;
  referenceOil: string;
  calibratedOn: string;
}

export class RefractometerStation {
  private readonly offsets = new Map<string, number>();

  constructor(
    private readonly calibrationDir: string,
    private readonly onWarning: (msg: string) => void = () => {},
  ) {}

  refreshCalibration(deviceId: string): number {
    let offset = 0;
    readFile(join(this.calibrationDir, `${deviceId}.json`), 'utf8', (err, text) => {
      if (err) {
        this.onWarning(`no calibration for ${deviceId}: ${err.message}`);
        return;
      }
      const parsed = JSON.parse(text) as CalibrationFile;
      offset = parsed.offset;
    });
    this.offsets.set(deviceId, offset);
    return offset;
  }

  correct(deviceId: string, reading: RawReading): CorrectedReading {
    const offset = this.offsets.get(deviceId) ?? this.refreshCalibration(deviceId);
    const compensatedBrix = reading.brix + (reading.tempC - 20) * 0.00023 * 100 + offset;
    const moisturePct = Math.round((100 - compensatedBrix - 1.7) * 10) / 10;
    return { sampleId: reading.sampleId, moisturePct, offsetApplied: offset };
  }

  correctBatch(deviceId: string, readings: RawReading[]): CorrectedReading[] {
    return readings.map((r) => this.correct(deviceId, r));
  }
}

export function fermentationRisk(moisturePct: number): 'low' | 'moderate' | 'high' {
  if (moisturePct < 17.1) return 'low';
  if (moisturePct <= 18.6) return 'moderate';
  return 'high';
}
