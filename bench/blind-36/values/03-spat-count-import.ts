// expect: no-read-before-settle
// importSpatCounts fills rows/rejected/perTank from readline 'line' events but builds its summary right after registering the listeners, before any line has been read.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';

export interface TankCount {
  tankId: string;
  spatPerLitre: number;
  samples: number;
}

export interface ImportSummary {
  file: string;
  rows: number;
  rejected: number;
  tanks: TankCount[];
}

declare const hatcheryDb: {
  saveCounts(batchId: string, tanks: TankCount[]): Promise<void>;
};

declare const log: {
  info(message: string): void;
  warn(message: string): void;
};

const ROW = /^(T\d{2}),(\d{4}-\d{2}-\d{2}),(\d+(?:\.\d+)?)$/;

function emptySummary(file: string): ImportSummary {
  return { file, rows: 0, rejected: 0, tanks: [] };
}

export async function importSpatCounts(file: string): Promise<ImportSummary> {
  const info = await stat(file);
  if (info.size === 0) return emptySummary(file);

  const input = createReadStream(file, { encoding: 'utf8' });
  const rl = createInterface({ input, crlfDelay: Infinity });

  let rows = 0;
  let rejected = 0;
  const perTank = new Map<string, { total: number; samples: number }>();

  rl.on('line', (line) => {
    if (line.startsWith('#') || line.trim() === '') return;
    rows++;
    const match = ROW.exec(line.trim());
    if (!match) {
      rejected++;
      return;
    }
    const [, tankId, , count] = match;
    const entry = perTank.get(tankId) ?? { total: 0, samples: 0 };
    entry.total += Number(count);
    entry.samples += 1;
    perTank.set(tankId, entry);
  });
  rl.once('close', () => log.info(`finished reading ${file}`));
  input.once('error', (err) => log.warn(`could not read ${file}: ${err.message}`));

  const tanks: TankCount[] = [...perTank.entries()].map(([tankId, { total, samples }]) => ({
    tankId,
    spatPerLitre: Math.round((total / samples) * 10) / 10,
    samples,
  }));
  tanks.sort((a, b) => a.tankId.localeCompare(b.tankId));

  return { file, rows, rejected, tanks };
}

export async function importAndSave(batchId: string, file: string): Promise<ImportSummary> {
  const summary = await importSpatCounts(file);
  if (summary.rejected > summary.rows / 2) {
    throw new Error(`${file}: ${summary.rejected}/${summary.rows} rows malformed, refusing import`);
  }
  await hatcheryDb.saveCounts(batchId, summary.tanks);
  log.info(`batch ${batchId}: ${summary.tanks.length} tanks, ${summary.rows} rows`);
  return summary;
}
