// expect: none
// The line handler fills rows and counters, but they are read only after await once(rl, 'close'), once every line has been delivered.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { once } from 'node:events';

export interface MoistureRow {
  treeId: string;
  bench: string;
  at: string;
  volumetricPct: number;
  substrateTempC: number;
}

export interface ImportResult {
  rows: MoistureRow[];
  skipped: number;
  driestByBench: Record<string, { treeId: string; volumetricPct: number }>;
}

declare const moistureDb: { insertMany(rows: MoistureRow[]): Promise<number> };

function parseRow(line: string): MoistureRow | null {
  const [treeId, bench, at, pct, temp] = line.split(',');
  const volumetricPct = Number(pct);
  const substrateTempC = Number(temp);
  if (!treeId || !bench || Number.isNaN(Date.parse(at)) || !Number.isFinite(volumetricPct) || !Number.isFinite(substrateTempC)) {
    return null;
  }
  return { treeId, bench, at, volumetricPct, substrateTempC };
}

export async function importLoggerCsv(path: string): Promise<ImportResult> {
  const input = createReadStream(path, { encoding: 'utf8' });
  const rl = createInterface({ input, crlfDelay: Infinity });

  const rows: MoistureRow[] = [];
  let skipped = 0;
  let header = true;
  let inputError: Error | undefined;

  input.once('error', (err) => {
    inputError = err;
    rl.close();
  });
  rl.on('line', (line) => {
    if (header) {
      header = false;
      return;
    }
    const row = parseRow(line.trim());
    if (row) rows.push(row);
    else skipped += 1;
  });

  await once(rl, 'close');
  if (inputError) {
    throw new Error(`could not read moisture log ${path}: ${inputError.message}`);
  }

  const driestByBench: ImportResult['driestByBench'] = {};
  for (const row of rows) {
    const current = driestByBench[row.bench];
    if (!current || row.volumetricPct < current.volumetricPct) {
      driestByBench[row.bench] = { treeId: row.treeId, volumetricPct: row.volumetricPct };
    }
  }
  return { rows, skipped, driestByBench };
}

export async function importAndStore(paths: readonly string[]): Promise<{ inserted: number; skipped: number }> {
  let inserted = 0;
  let skipped = 0;
  for (const path of paths) {
    const result = await importLoggerCsv(path);
    inserted += await moistureDb.insertMany(result.rows);
    skipped += result.skipped;
  }
  return { inserted, skipped };
}
