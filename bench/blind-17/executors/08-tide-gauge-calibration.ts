// expect: no-multiple-settle
// After reject(err) the readFile callback keeps going and calls text.trim() on undefined, throwing out of the callback (uncaught) instead of letting the caller fall back.
import { readFile } from 'node:fs';
import { join } from 'node:path';

export interface CalibrationPoint {
  rawCounts: number;
  levelMm: number;
}

export interface GaugeReading {
  stationId: string;
  takenAt: Date;
  rawCounts: number;
}

const CALIBRATION_DIR = process.env.TIDE_CALIBRATION_DIR ?? '/var/lib/tidegauge/calibration';

// Factory default for the pressure transducers shipped since 2019.
const DEFAULT_TABLE: CalibrationPoint[] = [
  { rawCounts: 0, levelMm: -500 },
  { rawCounts: 65535, levelMm: 9500 },
];

function readCalibration(stationId: string): Promise<CalibrationPoint[]> {
  const file = join(CALIBRATION_DIR, `${stationId}.csv`);
  return new Promise((resolve, reject) => {
    readFile(file, 'utf8', (err, text) => {
      if (err) {
        console.warn(`[tide] no calibration for ${stationId} (${err.code})`);
        reject(err);
      }
      const points = text
        .trim()
        .split(/\r?\n/)
        .filter((line) => line && !line.startsWith('#'))
        .map((line) => {
          const [raw, mm] = line.split(',').map(Number);
          return { rawCounts: raw, levelMm: mm };
        })
        .sort((a, b) => a.rawCounts - b.rawCounts);
      resolve(points);
    });
  });
}

const cache = new Map<string, Promise<CalibrationPoint[]>>();

export function calibrationFor(stationId: string): Promise<CalibrationPoint[]> {
  let table = cache.get(stationId);
  if (!table) {
    table = readCalibration(stationId).catch(() => DEFAULT_TABLE);
    cache.set(stationId, table);
  }
  return table;
}

function interpolate(table: CalibrationPoint[], raw: number): number {
  if (raw <= table[0].rawCounts) return table[0].levelMm;
  for (let i = 1; i < table.length; i++) {
    const lo = table[i - 1];
    const hi = table[i];
    if (raw <= hi.rawCounts) {
      const t = (raw - lo.rawCounts) / (hi.rawCounts - lo.rawCounts);
      return lo.levelMm + t * (hi.levelMm - lo.levelMm);
    }
  }
  return table[table.length - 1].levelMm;
}

export async function toWaterLevel(reading: GaugeReading): Promise<{ stationId: string; at: string; levelMm: number }> {
  const table = await calibrationFor(reading.stationId);
  return {
    stationId: reading.stationId,
    at: reading.takenAt.toISOString(),
    levelMm: Math.round(interpolate(table, reading.rawCounts)),
  };
}
