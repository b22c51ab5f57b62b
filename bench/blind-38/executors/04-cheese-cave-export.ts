// expect: none
// writeAgingSheet listens for both 'finish' and 'error' and detaches the other listener, so the export settles once on every path.
import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';

export interface WheelRecord {
  wheelId: string;
  style: 'alpine' | 'tomme' | 'clothbound-cheddar' | 'washed-rind';
  shelf: string;
  madeOn: string;
  lastTurned: string;
  rindMoisturePct: number;
  weightKg: number;
}

export interface CaveClimate {
  caveId: string;
  tempC: number;
  relativeHumidity: number;
}

declare const caveRegistry: {
  wheels(caveId: string): Promise<WheelRecord[]>;
  climate(caveId: string): Promise<CaveClimate>;
};
declare const exportDir: string;

const TURN_INTERVAL_DAYS: Record<WheelRecord['style'], number> = {
  alpine: 2,
  tomme: 3,
  'clothbound-cheddar': 7,
  'washed-rind': 1,
};

function daysSince(iso: string, now: Date): number {
  return Math.floor((now.getTime() - Date.parse(iso)) / 86_400_000);
}

function csvRow(cells: Array<string | number>): string {
  return cells.map((c) => (typeof c === 'string' && /[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : String(c))).join(',') + '\n';
}

function writeAgingSheet(stream: WriteStream, rows: string[]): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const onError = (err: Error) => {
      stream.off('finish', onFinish);
      reject(err);
    };
    const onFinish = () => {
      stream.off('error', onError);
      resolve(stream.bytesWritten);
    };
    stream.once('error', onError);
    stream.once('finish', onFinish);
    for (const row of rows) {
      stream.write(row);
    }
    stream.end();
  });
}

export async function exportCaveSheet(caveId: string, now = new Date()): Promise<{ file: string; bytes: number; overdue: number }> {
  const [wheels, climate] = await Promise.all([caveRegistry.wheels(caveId), caveRegistry.climate(caveId)]);
  const header = csvRow(['wheel', 'style', 'shelf', 'age_days', 'turn_overdue_days', 'rind_moisture', 'weight_kg']);
  let overdue = 0;
  const rows = wheels
    .sort((a, b) => a.shelf.localeCompare(b.shelf))
    .map((w) => {
      const late = Math.max(0, daysSince(w.lastTurned, now) - TURN_INTERVAL_DAYS[w.style]);
      if (late > 0) overdue += 1;
      return csvRow([w.wheelId, w.style, w.shelf, daysSince(w.madeOn, now), late, w.rindMoisturePct, w.weightKg]);
    });
  const footer = csvRow(['#climate', climate.caveId, climate.tempC, climate.relativeHumidity, '', '', '']);

  const file = join(exportDir, `${caveId}-${now.toISOString().slice(0, 10)}.csv`);
  const stream = createWriteStream(file, { encoding: 'utf8' });
  const bytes = await writeAgingSheet(stream, [header, ...rows, footer]);
  return { file, bytes, overdue };
}
