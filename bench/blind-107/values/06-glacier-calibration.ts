// expect: no-read-before-settle
// applyCalibration starts fs.readFile with a callback that fills `offsets`, then maps the readings straight away while `offsets` is still the empty object, so every reading goes out uncalibrated.
import { readFile } from 'node:fs';

export interface RawReading {
  stakeId: string;
  ultrasonicMm: number; // distance from sensor to snow/ice surface
  airTempC: number;
  at: string;
}

export interface CalibratedReading extends RawReading {
  surfaceMm: number;
  tempCorrected: boolean;
}

type OffsetTable = Record<string, { mountHeightMm: number; tempCoeff: number }>;

// speed of sound changes ~0.17%/°C; the sensors assume 0 °C
function temperatureCorrection(distanceMm: number, airTempC: number, coeff: number): number {
  return distanceMm * Math.sqrt(1 + (coeff * airTempC) / 273.15);
}

export function applyCalibration(tablePath: string, readings: RawReading[]): CalibratedReading[] {
  let offsets: OffsetTable = {};

  readFile(tablePath, 'utf8', (err, text) => {
    if (err) {
      console.error(`[calibration] ${tablePath}: ${err.message}; using factory mount heights`);
      return;
    }
    offsets = JSON.parse(text) as OffsetTable;
  });

  return readings.map((r) => {
    const cal = offsets[r.stakeId];
    if (!cal) {
      return { ...r, surfaceMm: r.ultrasonicMm, tempCorrected: false };
    }
    const corrected = temperatureCorrection(r.ultrasonicMm, r.airTempC, cal.tempCoeff);
    return { ...r, surfaceMm: Math.round(cal.mountHeightMm - corrected), tempCorrected: true };
  });
}

export function dailyAblation(readings: CalibratedReading[]): Map<string, number> {
  const byStake = new Map<string, CalibratedReading[]>();
  for (const r of readings) {
    const list = byStake.get(r.stakeId) ?? [];
    list.push(r);
    byStake.set(r.stakeId, list);
  }
  const out = new Map<string, number>();
  for (const [stake, list] of byStake) {
    list.sort((a, b) => a.at.localeCompare(b.at));
    const first = list[0];
    const last = list[list.length - 1];
    out.set(stake, first.surfaceMm - last.surfaceMm);
  }
  return out;
}
