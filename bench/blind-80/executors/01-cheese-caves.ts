// expect: no-multiple-settle
// writeRows resolves on the stream's 'finish' but never listens for 'error', so a failed open/write leaves the export promise pending forever.
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

export interface WheelReading {
  wheelId: string;
  cave: string;
  shelf: number;
  humidity: number;
  temperatureC: number;
  turnedAt: Date | null;
  sampledAt: Date;
}

export interface ExportOptions {
  directory: string;
  cave: string;
  since: Date;
  includeUnturned?: boolean;
}

export interface ExportSummary {
  file: string;
  rows: number;
  skipped: number;
}

declare const ripeningStore: {
  readingsFor(cave: string, since: Date): Promise<WheelReading[]>;
  markExported(cave: string, upTo: Date): Promise<void>;
};

const HEADER = 'wheel_id,cave,shelf,humidity,temperature_c,turned_at,sampled_at\n';

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function toCsvRow(r: WheelReading): string {
  return (
    [
      csvCell(r.wheelId),
      csvCell(r.cave),
      csvCell(r.shelf),
      csvCell(r.humidity.toFixed(1)),
      csvCell(r.temperatureC.toFixed(1)),
      csvCell(r.turnedAt ? r.turnedAt.toISOString() : null),
      csvCell(r.sampledAt.toISOString()),
    ].join(',') + '\n'
  );
}

function fileNameFor(cave: string, upTo: Date): string {
  const stamp = upTo.toISOString().slice(0, 10);
  const safeCave = cave.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `ripening-${safeCave}-${stamp}.csv`;
}

function writeRows(file: string, rows: WheelReading[]): Promise<number> {
  return new Promise<number>((resolve) => {
    const out = createWriteStream(file, { flags: 'w', encoding: 'utf8' });
    let written = 0;
    out.on('finish', () => resolve(written));
    out.write(HEADER);
    for (const row of rows) {
      out.write(toCsvRow(row));
      written += 1;
    }
    out.end();
  });
}

function isPlausible(r: WheelReading): boolean {
  // Cave probes occasionally report 0 or 100 when the sponge dries out.
  if (r.humidity <= 0 || r.humidity >= 100) return false;
  return r.temperatureC > -5 && r.temperatureC < 30;
}

export async function exportRipeningLog(options: ExportOptions): Promise<ExportSummary> {
  const upTo = new Date();
  const readings = await ripeningStore.readingsFor(options.cave, options.since);

  const rows = readings
    .filter(isPlausible)
    .filter((r) => options.includeUnturned || r.turnedAt !== null)
    .sort((a, b) => a.shelf - b.shelf || a.sampledAt.getTime() - b.sampledAt.getTime());

  await mkdir(options.directory, { recursive: true });
  const file = join(options.directory, fileNameFor(options.cave, upTo));
  const written = await writeRows(file, rows);

  await ripeningStore.markExported(options.cave, upTo);
  return { file, rows: written, skipped: readings.length - written };
}
