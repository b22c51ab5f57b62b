// expect: none
// The counters and maps filled in the readline 'line' handler are read only after `await once(rl, 'close')`, by which point every line has been delivered.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { once } from 'node:events';

export interface SeedLot {
  accessionId: string;
  family: string;
  genus: string;
  species: string;
  seedCount: number;
  storedAtC: number;
  collectedYear: number;
}

export interface ImportReport {
  imported: number;
  skipped: number;
  errors: Array<{ line: number; reason: string }>;
  byFamily: Map<string, number>;
}

declare const vaultDb: {
  upsertMany(lots: SeedLot[]): Promise<number>;
};

const HEADER = 'accession_id,family,genus,species,seed_count,stored_at_c,collected_year';

function parseLine(line: string, lineNo: number): SeedLot | { error: string } {
  const cols = line.split(',').map((c) => c.trim());
  if (cols.length !== 7) return { error: `expected 7 columns, found ${cols.length}` };
  const [accessionId, family, genus, species, count, temp, year] = cols;
  const seedCount = Number(count);
  const storedAtC = Number(temp);
  const collectedYear = Number(year);
  if (!/^[A-Z]{2,4}-\d{4,}$/.test(accessionId)) return { error: `bad accession id ${accessionId}` };
  if (!Number.isInteger(seedCount) || seedCount < 0) return { error: `bad seed count ${count}` };
  if (storedAtC > -15) return { error: `line ${lineNo}: stored at ${storedAtC} C, above the -18 C standard margin` };
  if (collectedYear < 1900 || collectedYear > new Date().getFullYear()) return { error: `bad year ${year}` };
  return { accessionId, family, genus, species, seedCount, storedAtC, collectedYear };
}

export async function importInventory(path: string, batchSize = 500): Promise<ImportReport> {
  const input = createReadStream(path, { encoding: 'utf8' });
  const rl = createInterface({ input, crlfDelay: Infinity });
  const lots: SeedLot[] = [];
  const report: ImportReport = { imported: 0, skipped: 0, errors: [], byFamily: new Map() };
  let lineNo = 0;
  let sawHeader = false;

  rl.on('line', (line) => {
    lineNo++;
    if (lineNo === 1) {
      sawHeader = line.trim().toLowerCase() === HEADER;
      if (!sawHeader) report.errors.push({ line: lineNo, reason: 'missing or unexpected header' });
      return;
    }
    if (!sawHeader) return;
    if (line.trim() === '' || line.startsWith('#')) {
      report.skipped++;
      return;
    }
    const parsed = parseLine(line, lineNo);
    if ('error' in parsed) {
      report.errors.push({ line: lineNo, reason: parsed.error });
      return;
    }
    lots.push(parsed);
    report.byFamily.set(parsed.family, (report.byFamily.get(parsed.family) ?? 0) + 1);
  });

  await once(rl, 'close');

  if (!sawHeader) {
    throw new Error(`${path} is not a seed inventory export (${lineNo} lines read)`);
  }
  for (let i = 0; i < lots.length; i += batchSize) {
    report.imported += await vaultDb.upsertMany(lots.slice(i, i + batchSize));
  }
  return report;
}
