// expect: no-multiple-settle
// On a read error the callback rejects but keeps going, so parseDiveLog(undefined) throws inside the fs callback and crashes the process.
import { readFile } from 'node:fs';
import { basename } from 'node:path';

export interface DiveEntry {
  site: string;
  date: string;
  maxDepthM: number;
  runtimeMin: number;
  gas: string;
  penetrationM?: number;
}

export interface ImportResult {
  file: string;
  entries: DiveEntry[];
  skipped: number;
}

const HEADER = ['site', 'date', 'max_depth_m', 'runtime_min', 'gas', 'penetration_m'];

function parseDiveLog(text: string): { entries: DiveEntry[]; skipped: number } {
  const rows = text.split(/\r?\n/).filter((l) => l.trim().length > 0);
  const header = rows
    .shift()
    ?.split(',')
    .map((h) => h.trim().toLowerCase());
  if (!header || HEADER.some((h, i) => header[i] !== h)) {
    // not one of our exports; count everything as skipped
    return { entries: [], skipped: rows.length };
  }
  const entries: DiveEntry[] = [];
  let skipped = 0;
  for (const row of rows) {
    const [site, date, depth, runtime, gas, pen] = row.split(',').map((c) => c.trim());
    const maxDepthM = Number(depth);
    const runtimeMin = Number(runtime);
    if (!site || !date || Number.isNaN(maxDepthM) || Number.isNaN(runtimeMin)) {
      skipped++;
      continue;
    }
    entries.push({
      site,
      date,
      maxDepthM,
      runtimeMin,
      gas: gas || 'air',
      penetrationM: pen ? Number(pen) : undefined,
    });
  }
  return { entries, skipped };
}

export function importDiveLog(path: string): Promise<ImportResult> {
  return new Promise<ImportResult>((resolve, reject) => {
    readFile(path, 'utf8', (err, text) => {
      if (err) reject(err);
      const { entries, skipped } = parseDiveLog(text);
      resolve({ file: basename(path), entries, skipped });
    });
  });
}

export async function importAll(paths: string[]): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  for (const p of paths) {
    try {
      results.push(await importDiveLog(p));
    } catch (err) {
      console.error(`could not import ${p}:`, (err as Error).message);
    }
  }
  return results;
}

export function deepestPenetration(results: ImportResult[]): DiveEntry | undefined {
  return results
    .flatMap((r) => r.entries)
    .filter((e) => e.penetrationM !== undefined)
    .sort((a, b) => (b.penetrationM ?? 0) - (a.penetrationM ?? 0))[0];
}
