// expect: none
// The import hands its signal to the file stream, the readline interface and every catalogue upsert, and checks it between lines and after the last one, so cancelling stops both the reading and the writes.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface PriceRow {
  sku: string;
  description: string;
  gauge: number;
  unitCents: number;
}

export interface StringCatalogue {
  upsert(row: PriceRow, opts: { signal?: AbortSignal }): Promise<'inserted' | 'updated' | 'unchanged'>;
}

export interface ImportSummary {
  supplier: string;
  inserted: number;
  updated: number;
  unchanged: number;
  malformed: number[];
}

function parseLine(line: string): PriceRow | null {
  const [sku, description, gauge, price] = line.split('\t');
  if (!sku || !description || !gauge || !price) return null;
  const unitCents = Math.round(Number.parseFloat(price) * 100);
  const gaugeMm = Number.parseFloat(gauge);
  if (!Number.isFinite(unitCents) || !Number.isFinite(gaugeMm)) return null;
  return { sku: sku.trim(), description: description.trim(), gauge: gaugeMm, unitCents };
}

export async function importPriceSheet(
  supplier: string,
  path: string,
  catalogue: StringCatalogue,
  signal: AbortSignal,
): Promise<ImportSummary> {
  const summary: ImportSummary = { supplier, inserted: 0, updated: 0, unchanged: 0, malformed: [] };
  const input = createReadStream(path, { encoding: 'utf8', signal });
  const lines = createInterface({ input, crlfDelay: Infinity, signal });

  let lineNo = 0;
  try {
    for await (const line of lines) {
      lineNo += 1;
      if (lineNo === 1 || line.trim() === '') continue; // header row
      signal.throwIfAborted();

      const row = parseLine(line);
      if (!row) {
        summary.malformed.push(lineNo);
        continue;
      }
      const outcome = await catalogue.upsert(row, { signal });
      summary[outcome] += 1;
    }
    // an aborted readline just closes, so make sure a cancelled import never looks complete
    signal.throwIfAborted();
  } finally {
    lines.close();
    input.destroy();
  }
  return summary;
}
