// expect: none
// The caller's signal reaches every fetch, the politeness pause and the write pipeline, so an abort stops the export wherever it is.
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';

export interface SupplierCatalogItem {
  sku: string;
  material: string;
  gaugeLb: number;
  spoolMetres: number;
  priceEur: number;
}

export interface ExportOptions {
  apiBase: string;
  signal?: AbortSignal;
  pauseMs?: number;
  pageSize?: number;
}

interface CatalogPage {
  items: SupplierCatalogItem[];
  next: string | null;
}

async function* catalogLines(
  supplierIds: string[],
  { apiBase, signal, pauseMs = 200, pageSize = 100 }: ExportOptions,
): AsyncGenerator<string> {
  for (const supplierId of supplierIds) {
    let cursor: string | null = '';
    while (cursor !== null) {
      const url = `${apiBase}/suppliers/${encodeURIComponent(supplierId)}/catalog?limit=${pageSize}&cursor=${cursor}`;
      const res = await fetch(url, { signal });
      if (!res.ok) throw new Error(`catalog for ${supplierId} returned ${res.status}`);
      const page = (await res.json()) as CatalogPage;
      for (const item of page.items) {
        yield JSON.stringify({ supplierId, ...item }) + '\n';
      }
      cursor = page.next;
      if (cursor !== null) await sleep(pauseMs, undefined, { signal });
    }
  }
}

export async function exportSupplierCatalogs(
  supplierIds: string[],
  outFile: string,
  options: ExportOptions,
): Promise<void> {
  await pipeline(
    Readable.from(catalogLines(supplierIds, options)),
    createWriteStream(outFile, { encoding: 'utf8' }),
    { signal: options.signal },
  );
}

export async function exportIfStale(
  supplierIds: string[],
  outFile: string,
  lastExport: Date | null,
  options: ExportOptions,
): Promise<boolean> {
  const dayMs = 24 * 60 * 60 * 1000;
  if (lastExport && Date.now() - lastExport.getTime() < dayMs) return false;
  await exportSupplierCatalogs(supplierIds, outFile, options);
  return true;
}
