// expect: no-floating-promises
// syncReadings hands an async callback to forEach, so every upsert promise is dropped and the batch is marked synced before any row has been written.
import { readFile } from 'node:fs/promises';

export interface HumidorRow {
  humidorId: string;
  reedCount: number;
  rh: number;
  recordedAt: string;
}

export interface ReedDb {
  upsertReading(row: HumidorRow): Promise<void>;
  markSynced(batchId: string, rows: number): Promise<void>;
}

export interface SyncSummary {
  batchId: string;
  rows: number;
  skipped: number;
}

const HEADER = ['humidor_id', 'reed_count', 'rh', 'recorded_at'];

function parseCsv(text: string): { rows: HumidorRow[]; skipped: number } {
  const [header, ...lines] = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (!header || header.split(',').map((h) => h.trim()).join(',') !== HEADER.join(',')) {
    throw new Error(`unexpected humidor export header: ${header}`);
  }
  const rows: HumidorRow[] = [];
  let skipped = 0;
  for (const line of lines) {
    const [humidorId, reedCount, rh, recordedAt] = line.split(',').map((c) => c.trim());
    const count = Number(reedCount);
    const humidity = Number(rh);
    if (!humidorId || !Number.isInteger(count) || !Number.isFinite(humidity) || Number.isNaN(Date.parse(recordedAt))) {
      skipped += 1;
      continue;
    }
    rows.push({ humidorId, reedCount: count, rh: humidity, recordedAt });
  }
  return { rows, skipped };
}

export async function syncReadings(db: ReedDb, csvPath: string, batchId: string): Promise<SyncSummary> {
  const text = await readFile(csvPath, 'utf8');
  const { rows, skipped } = parseCsv(text);

  rows.forEach(async (row) => {
    const normalised: HumidorRow = {
      ...row,
      rh: Math.round(row.rh * 10) / 10,
      recordedAt: new Date(row.recordedAt).toISOString(),
    };
    await db.upsertReading(normalised);
  });

  await db.markSynced(batchId, rows.length);
  return { batchId, rows: rows.length, skipped };
}

export async function syncAll(db: ReedDb, files: string[]): Promise<SyncSummary[]> {
  const summaries: SyncSummary[] = [];
  for (const [i, file] of files.entries()) {
    summaries.push(await syncReadings(db, file, `humidor-${Date.now()}-${i}`));
  }
  return summaries;
}
