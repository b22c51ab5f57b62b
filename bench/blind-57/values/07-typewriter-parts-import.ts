// expect: none
// Correct: parts and skipped are filled by 'line' handlers but read only after awaiting the readline 'close' event, by which point every line has been handled.
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

declare const partsCatalogue: {
  upsert(parts: TypewriterPart[]): Promise<{ inserted: number; updated: number }>;
};

declare const benchInbox: {
  notify(benchId: string, message: string): Promise<void>;
};

export interface TypewriterPart {
  partNumber: string;
  make: string;
  models: string[];
  description: string;
  stock: number;
}

export interface ImportSummary {
  file: string;
  parts: number;
  skipped: number;
  inserted: number;
  updated: number;
}

function parseRow(row: string): TypewriterPart | null {
  const cols = row.split('\t');
  if (cols.length < 5) return null;
  const [partNumber, make, models, description, stock] = cols;
  const count = Number.parseInt(stock, 10);
  if (!/^[A-Z]{2}-\d{3,5}$/.test(partNumber) || Number.isNaN(count)) return null;
  return {
    partNumber,
    make: make.trim(),
    models: models.split('|').map((m) => m.trim()).filter(Boolean),
    description: description.trim(),
    stock: count,
  };
}

export async function importPartsSheet(file: string, benchId: string): Promise<ImportSummary> {
  const input = createReadStream(file, { encoding: 'utf8' });
  const rl = createInterface({ input, crlfDelay: Infinity });

  const parts: TypewriterPart[] = [];
  let skipped = 0;
  let header = true;

  rl.on('line', (row) => {
    if (header) {
      header = false;
      return;
    }
    const part = parseRow(row);
    if (part) parts.push(part);
    else skipped += 1;
  });

  // readline re-emits input stream errors, so once() rejects on a read failure.
  await once(rl, 'close');

  const { inserted, updated } = await partsCatalogue.upsert(parts);
  if (skipped > 0) {
    await benchInbox.notify(benchId, `${skipped} rows in ${file} could not be parsed`);
  }
  return { file, parts: parts.length, skipped, inserted, updated };
}
