// expect: no-read-before-settle
// importManifest sizes its batches from manifest.header, which is only set inside the readline 'line' callback, but reads it synchronously before any line is emitted.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { once } from 'node:events';

export interface MessageRecord {
  accession: string;
  loft: string;
  ringNumber: string;
  sentOn: string;
  legible: boolean;
}

interface ManifestHeader {
  collection: string;
  declaredCount: number;
  compiledBy: string;
}

declare const archiveDb: {
  insertBatch(collection: string, records: MessageRecord[]): Promise<number>;
};

function parseHeader(line: string): ManifestHeader | null {
  const match = /^#\s*collection=(\S+)\s+count=(\d+)\s+by=(.+)$/.exec(line);
  if (!match) return null;
  return { collection: match[1], declaredCount: Number(match[2]), compiledBy: match[3].trim() };
}

function parseRecord(line: string): MessageRecord | null {
  const [accession, loft, ringNumber, sentOn, legible] = line.split('|').map((s) => s.trim());
  if (!accession || !ringNumber) return null;
  return { accession, loft, ringNumber, sentOn, legible: legible !== 'n' };
}

export interface ImportReport {
  collection: string;
  inserted: number;
  skipped: number;
  declared: number | null;
}

export async function importManifest(file: string): Promise<ImportReport> {
  const rl = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  const manifest: { header: ManifestHeader | null; records: MessageRecord[]; skipped: number } = {
    header: null,
    records: [],
    skipped: 0,
  };

  rl.on('line', (line) => {
    if (line.startsWith('#')) {
      manifest.header ??= parseHeader(line);
      return;
    }
    const record = parseRecord(line);
    if (record) manifest.records.push(record);
    else if (line.trim()) manifest.skipped += 1;
  });

  const declared = manifest.header?.declaredCount ?? 0;
  const batchSize = declared > 5_000 ? 1_000 : 200;

  await once(rl, 'close');

  const { header, records, skipped } = manifest;
  const collection = header?.collection ?? 'uncatalogued';
  let inserted = 0;
  for (let i = 0; i < records.length; i += batchSize) {
    inserted += await archiveDb.insertBatch(collection, records.slice(i, i + batchSize));
  }

  return {
    collection,
    inserted,
    skipped,
    declared: header?.declaredCount ?? null,
  };
}

export function reconcile(report: ImportReport): string {
  if (report.declared === null) {
    return `${report.collection}: ${report.inserted} imported, no declared count in manifest`;
  }
  const diff = report.declared - report.inserted;
  if (diff === 0) return `${report.collection}: all ${report.inserted} dispatches imported`;
  return `${report.collection}: ${report.inserted}/${report.declared} imported (${report.skipped} unreadable lines)`;
}
