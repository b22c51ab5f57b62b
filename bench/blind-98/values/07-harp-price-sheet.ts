// expect: no-read-before-settle
// rows and rejected are filled by the readline 'line' listener, but they are read right after beginImport() resolves instead of after the reader closes, so the commit sees a partial (often empty) price list.
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

export interface PriceRow {
  sku: string;
  note: string;
  gauge: number;
  unitCents: number;
}

export interface Catalogue {
  beginImport(supplier: string): Promise<string>;
  commit(importId: string, rows: readonly PriceRow[]): Promise<number>;
}

export interface ImportResult {
  supplier: string;
  importId: string;
  imported: number;
  rejected: number;
}

function parseRow(line: string): PriceRow | null {
  const cells = line.split(',').map((c) => c.trim());
  if (cells.length !== 4) return null;
  const [sku, note, gauge, price] = cells;
  const gaugeMm = Number(gauge);
  const unitCents = Math.round(Number(price) * 100);
  if (!sku || !/^[A-G][#b]?\d$/.test(note) || !Number.isFinite(gaugeMm) || !Number.isFinite(unitCents)) {
    return null;
  }
  return { sku, note, gauge: gaugeMm, unitCents };
}

export class PriceSheetImporter {
  constructor(private readonly catalogue: Catalogue) {}

  async import(supplier: string, sheet: Readable): Promise<ImportResult> {
    const rows: PriceRow[] = [];
    let rejected = 0;
    let header = true;

    const rl = createInterface({ input: sheet, crlfDelay: Infinity });
    rl.on('line', (line) => {
      if (header) {
        header = false;
        return;
      }
      const row = parseRow(line);
      if (row) rows.push(row);
      else rejected += 1;
    });

    const importId = await this.catalogue.beginImport(supplier);
    const imported = await this.catalogue.commit(importId, rows);

    return { supplier, importId, imported, rejected };
  }
}
