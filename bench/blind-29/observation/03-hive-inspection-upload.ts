// expect: no-floating-promises
// records.forEach is given an async callback, so each upload/flag promise is dropped and a failed upload rejects with nobody listening.
import { createReadStream } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import path from 'node:path';

export interface InspectionRecord {
  hiveId: string;
  apiary: string;
  inspectedAt: string;
  framesOfBrood: number;
  queenSeen: boolean;
  varroaPer100: number;
  notes: string;
}

declare const coopApi: {
  uploadInspection(memberId: string, record: InspectionRecord): Promise<{ id: string }>;
  flagHive(hiveId: string, reason: string): Promise<void>;
};

const VARROA_THRESHOLD = 3;

function parseLine(line: string): InspectionRecord | null {
  const cols = line.split(',').map((c) => c.trim());
  if (cols.length < 7 || cols[0] === 'hive_id') return null;
  const [hiveId, apiary, inspectedAt, brood, queen, varroa, ...rest] = cols;
  return {
    hiveId,
    apiary,
    inspectedAt,
    framesOfBrood: Number(brood),
    queenSeen: queen === 'y' || queen === 'yes',
    varroaPer100: Number(varroa),
    notes: rest.join(','),
  };
}

export async function readInspectionSheet(file: string): Promise<InspectionRecord[]> {
  const rl = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  const records: InspectionRecord[] = [];
  for await (const line of rl) {
    const rec = parseLine(line);
    if (rec) records.push(rec);
  }
  return records;
}

/**
 * Imports a member's exported field sheet (CSV from the hive-log app),
 * pushes each inspection to the cooperative and archives the sheet.
 */
export async function importFieldSheet(memberId: string, sheetPath: string, archiveDir: string) {
  const records = await readInspectionSheet(sheetPath);
  await mkdir(archiveDir, { recursive: true });

  records.forEach(async (record) => {
    const { id } = await coopApi.uploadInspection(memberId, record);
    if (record.varroaPer100 >= VARROA_THRESHOLD) {
      await coopApi.flagHive(record.hiveId, `varroa ${record.varroaPer100}/100 in inspection ${id}`);
    }
  });

  const archived = path.join(archiveDir, `${memberId}-${Date.now()}-${path.basename(sheetPath)}`);
  await rename(sheetPath, archived);

  return {
    imported: records.length,
    queenless: records.filter((r) => !r.queenSeen).map((r) => r.hiveId),
    archived,
  };
}
