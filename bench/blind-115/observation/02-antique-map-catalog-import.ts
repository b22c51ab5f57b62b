// expect: no-floating-promises
// The async per-row callback is passed to forEach, which ignores the returned promises, so the import reports success before any row is written and DB failures are unhandled.
import { readFile } from 'node:fs/promises';

export interface MapListing {
  sku: string;
  title: string;
  cartographer: string;
  year: number;
  priceCents: number;
}

export interface CatalogDb {
  findBySku(sku: string): Promise<MapListing | null>;
  upsert(listing: MapListing): Promise<void>;
  recordPriceChange(sku: string, fromCents: number, toCents: number): Promise<void>;
}

export interface ImportSummary {
  imported: number;
  rejected: Array<{ line: number; reason: string }>;
}

function parseRow(line: string, lineNo: number): MapListing | { line: number; reason: string } {
  const cells = line.split('\t');
  if (cells.length !== 5) return { line: lineNo, reason: `expected 5 columns, got ${cells.length}` };
  const [sku, title, cartographer, yearText, priceText] = cells;
  const year = Number(yearText);
  const priceCents = Math.round(Number(priceText) * 100);
  if (!/^AM-\d{5}$/.test(sku)) return { line: lineNo, reason: `bad sku ${sku}` };
  if (!Number.isInteger(year) || year < 1400 || year > 1950) return { line: lineNo, reason: `implausible year ${yearText}` };
  if (!Number.isFinite(priceCents) || priceCents <= 0) return { line: lineNo, reason: `bad price ${priceText}` };
  return { sku, title: title.trim(), cartographer: cartographer.trim(), year, priceCents };
}

export class CatalogImporter {
  constructor(private readonly db: CatalogDb) {}

  async importTsv(path: string): Promise<ImportSummary> {
    const text = await readFile(path, 'utf8');
    const lines = text.split(/\r?\n/).slice(1).filter((l) => l.trim() !== '');

    const valid: MapListing[] = [];
    const rejected: ImportSummary['rejected'] = [];
    lines.forEach((line, i) => {
      const parsed = parseRow(line, i + 2);
      if ('reason' in parsed) rejected.push(parsed);
      else valid.push(parsed);
    });

    valid.forEach(async (listing) => {
      const existing = await this.db.findBySku(listing.sku);
      if (existing && existing.priceCents !== listing.priceCents) {
        await this.db.recordPriceChange(listing.sku, existing.priceCents, listing.priceCents);
      }
      await this.db.upsert(listing);
    });

    return { imported: valid.length, rejected };
  }
}
