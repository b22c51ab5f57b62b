// expect: no-multiple-settle
// writeLedger's executor resolves only on the stream's 'finish' event; a write error (EACCES, ENOSPC) leaves the promise pending forever.
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

export interface MillingRecord {
  millId: string;
  grindDate: string;
  grain: 'wheat' | 'rye' | 'spelt' | 'oats';
  sacksIn: number;
  sacksOut: number;
  stoneDressedAt?: string;
}

interface MillSummary {
  id: string;
  name: string;
  sailCount: number;
}

declare const millRegistry: {
  listMills(region: string): Promise<MillSummary[]>;
  recordsFor(millId: string, from: string, to: string): Promise<MillingRecord[]>;
};

const CSV_HEADER = 'mill_id,grind_date,grain,sacks_in,sacks_out,yield_pct,stone_dressed_at\n';

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function toCsvRow(rec: MillingRecord): string {
  const yieldPct = rec.sacksIn === 0 ? 0 : (rec.sacksOut / rec.sacksIn) * 100;
  const cells = [
    rec.millId,
    rec.grindDate,
    rec.grain,
    String(rec.sacksIn),
    String(rec.sacksOut),
    yieldPct.toFixed(1),
    rec.stoneDressedAt ?? '',
  ];
  return cells.map(csvCell).join(',') + '\n';
}

function writeLedger(filePath: string, rows: string[]): Promise<number> {
  return new Promise<number>((resolve) => {
    const out = createWriteStream(filePath, { encoding: 'utf8', flags: 'w' });
    let bytes = 0;
    out.on('finish', () => resolve(bytes));
    out.write(CSV_HEADER);
    bytes += Buffer.byteLength(CSV_HEADER);
    for (const row of rows) {
      out.write(row);
      bytes += Buffer.byteLength(row);
    }
    out.end();
  });
}

export interface LedgerExportResult {
  file: string;
  mills: number;
  records: number;
  bytes: number;
}

export async function exportRegionalLedger(
  region: string,
  from: string,
  to: string,
  outDir: string,
): Promise<LedgerExportResult> {
  const mills = await millRegistry.listMills(region);
  const perMill = await Promise.all(mills.map((m) => millRegistry.recordsFor(m.id, from, to)));

  const records = perMill
    .flat()
    .filter((r) => r.sacksIn > 0)
    .sort((a, b) => a.grindDate.localeCompare(b.grindDate) || a.millId.localeCompare(b.millId));

  await mkdir(outDir, { recursive: true });
  const file = path.join(outDir, `ledger-${region}-${from}-${to}.csv`);
  const bytes = await writeLedger(file, records.map(toCsvRow));

  return { file, mills: mills.length, records: records.length, bytes };
}
