// expect: none
// The counters and conflict list are filled by 'data' and 'line' callbacks, but they are read only after awaiting the stream's 'close' (via once), by which point every callback has run.
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export interface BookingRow {
  studio: string;
  day: string;
  from: string;
  to: string;
  company: string;
}

export interface ImportReport {
  bytes: number;
  rows: number;
  conflicts: string[];
  byStudio: Map<string, BookingRow[]>;
}

function overlaps(a: BookingRow, b: BookingRow): boolean {
  return a.studio === b.studio && a.day === b.day && a.from < b.to && b.from < a.to;
}

function parseRow(line: string): BookingRow | undefined {
  const [studio, day, from, to, company] = line.split('\t');
  if (!studio || !day || !from || !to || !company) return undefined;
  return { studio, day, from, to, company: company.trim() };
}

export async function importBookings(path: string): Promise<ImportReport> {
  const input = createReadStream(path, { encoding: 'utf8' });
  const rl = createInterface({ input, crlfDelay: Infinity });

  let bytes = 0;
  let rows = 0;
  const conflicts: string[] = [];
  const byStudio = new Map<string, BookingRow[]>();

  input.on('data', (chunk) => {
    bytes += Buffer.byteLength(chunk);
  });

  rl.on('line', (line) => {
    const row = parseRow(line);
    if (!row) return;
    rows += 1;
    const existing = byStudio.get(row.studio) ?? [];
    for (const other of existing) {
      if (overlaps(row, other)) {
        conflicts.push(`${row.studio} ${row.day}: ${row.company} ${row.from}-${row.to} clashes with ${other.company}`);
      }
    }
    existing.push(row);
    byStudio.set(row.studio, existing);
  });

  await once(rl, 'close');

  return { bytes, rows, conflicts, byStudio };
}

export async function confirmWeek(path: string): Promise<string> {
  const report = await importBookings(path);
  if (report.conflicts.length > 0) {
    return `Cannot confirm: ${report.conflicts.length} clashes\n${report.conflicts.join('\n')}`;
  }
  const studios = [...report.byStudio.keys()].sort().join(', ');
  return `Confirmed ${report.rows} rehearsals across ${studios} (${(report.bytes / 1024).toFixed(1)} KiB read)`;
}
