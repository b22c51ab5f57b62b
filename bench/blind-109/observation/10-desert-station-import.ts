// expect: none
// The calibration lookup is prefetched while the CSV is streamed, but a no-op handler is attached the moment it is created, so an early rejection is observed and is still rethrown at the later `await calibration`.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface Calibration {
  station: string;
  tempOffsetC: number;
  humidityScale: number;
  windScale: number;
}

export interface CalibrationStore {
  forStation(station: string): Promise<Calibration>;
}

export interface RawRow {
  takenAt: string;
  tempC: number;
  humidityPct: number;
  windKph: number;
}

export interface CalibratedDay {
  station: string;
  rows: number;
  maxTempC: number;
  minHumidityPct: number;
  peakGustKph: number;
}

function parseRow(line: string): RawRow | null {
  const [takenAt, temp, humidity, wind] = line.split(',');
  const row = { takenAt, tempC: Number(temp), humidityPct: Number(humidity), windKph: Number(wind) };
  return Number.isFinite(row.tempC) && Number.isFinite(row.humidityPct) && Number.isFinite(row.windKph) ? row : null;
}

export async function importStationDay(store: CalibrationStore, station: string, csvPath: string): Promise<CalibratedDay> {
  const calibration = store.forStation(station);
  calibration.catch(() => undefined);

  const rows: RawRow[] = [];
  const lines = createInterface({ input: createReadStream(csvPath, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.startsWith('#') || line.startsWith('taken_at')) continue;
    const row = parseRow(line);
    if (row) rows.push(row);
  }
  if (rows.length === 0) {
    throw new Error(`${csvPath} has no usable rows`);
  }

  const cal = await calibration;
  let maxTempC = -Infinity;
  let minHumidityPct = Infinity;
  let peakGustKph = 0;
  for (const row of rows) {
    maxTempC = Math.max(maxTempC, row.tempC + cal.tempOffsetC);
    minHumidityPct = Math.min(minHumidityPct, row.humidityPct * cal.humidityScale);
    peakGustKph = Math.max(peakGustKph, row.windKph * cal.windScale);
  }

  return {
    station,
    rows: rows.length,
    maxTempC: Math.round(maxTempC * 10) / 10,
    minHumidityPct: Math.round(minHumidityPct * 10) / 10,
    peakGustKph: Math.round(peakGustKph),
  };
}

export function heatAlert(day: CalibratedDay): string | null {
  if (day.maxTempC >= 48) return `${day.station}: extreme heat ${day.maxTempC} C`;
  if (day.minHumidityPct < 4 && day.peakGustKph > 60) return `${day.station}: dust storm risk`;
  return null;
}
