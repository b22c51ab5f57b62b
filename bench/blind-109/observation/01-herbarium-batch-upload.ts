// expect: no-floating-promises
// publishBatch hands an async callback to forEach, which drops every returned promise, so the batch is marked published before any upload finishes and a failed upload becomes an unhandled rejection.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface SheetRecord {
  barcode: string;
  family: string;
  genus: string;
  species: string;
  collector: string;
  collectedOn: string;
  imageFile: string;
}

export interface ImageRepository {
  put(key: string, body: Buffer, contentType: string): Promise<{ etag: string }>;
}

export interface BatchLedger {
  markPublished(batchId: string, count: number): void;
  recordEtag(barcode: string, etag: string): void;
}

export interface BatchSummary {
  batchId: string;
  sheets: number;
  skipped: string[];
}

export function objectKey(sheet: SheetRecord): string {
  const family = sheet.family.toLowerCase();
  const taxon = `${sheet.genus}_${sheet.species}`.toLowerCase().replace(/[^a-z_]/g, '');
  return `herbarium/${family}/${taxon}/${sheet.barcode}.tif`;
}

export class BatchPublisher {
  constructor(
    private readonly images: ImageRepository,
    private readonly ledger: BatchLedger,
    private readonly scanDir: string,
  ) {}

  private async uploadSheet(sheet: SheetRecord): Promise<void> {
    const body = await readFile(join(this.scanDir, sheet.imageFile));
    const { etag } = await this.images.put(objectKey(sheet), body, 'image/tiff');
    this.ledger.recordEtag(sheet.barcode, etag);
  }

  publishBatch(batchId: string, sheets: SheetRecord[]): BatchSummary {
    const skipped: string[] = [];
    const ready = sheets.filter((sheet) => {
      const complete = Boolean(sheet.genus && sheet.species && sheet.imageFile);
      if (!complete) skipped.push(sheet.barcode);
      return complete;
    });

    ready.forEach(async (sheet) => {
      await this.uploadSheet(sheet);
    });

    this.ledger.markPublished(batchId, ready.length);
    return { batchId, sheets: ready.length, skipped };
  }
}

export function describeSummary(summary: BatchSummary): string {
  const skipped = summary.skipped.length ? ` (${summary.skipped.length} incomplete: ${summary.skipped.join(', ')})` : '';
  return `batch ${summary.batchId}: ${summary.sheets} sheets published${skipped}`;
}
