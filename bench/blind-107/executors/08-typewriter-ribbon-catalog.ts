// expect: none
// Every error branch in the catalog loader returns right after reject and the resolve sits outside the try that guards JSON.parse, so a gzip or parse failure rejects once and never falls through to resolve.
import { readFile } from 'node:fs';
import { gunzip } from 'node:zlib';

export interface RibbonSku {
  sku: string;
  fits: string[]; // e.g. ["Olympia SM3", "Hermes 3000"]
  spoolMm: number;
  ink: 'black' | 'black-red' | 'blue' | 'correctable';
  unitsInStock: number;
}

export interface Catalog {
  supplier: string;
  generatedAt: string;
  skus: RibbonSku[];
}

function isCatalog(value: unknown): value is Catalog {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.supplier === 'string' && Array.isArray(v.skus);
}

export function loadCatalog(path: string): Promise<Catalog> {
  return new Promise<Catalog>((resolve, reject) => {
    readFile(path, (readErr, compressed) => {
      if (readErr) {
        reject(readErr);
        return;
      }
      gunzip(compressed, (zipErr, raw) => {
        if (zipErr) {
          reject(new Error(`${path}: not a gzip catalog (${zipErr.message})`));
          return;
        }
        let parsed: unknown;
        try {
          parsed = JSON.parse(raw.toString('utf8'));
        } catch (parseErr) {
          reject(parseErr);
          return;
        }
        if (!isCatalog(parsed)) {
          reject(new Error(`${path}: catalog is missing supplier or skus`));
          return;
        }
        resolve(parsed);
      });
    });
  });
}

export function ribbonsFor(catalog: Catalog, machine: string): RibbonSku[] {
  const needle = machine.toLowerCase();
  return catalog.skus
    .filter((s) => s.fits.some((f) => f.toLowerCase() === needle))
    .sort((a, b) => b.unitsInStock - a.unitsInStock);
}

export async function lowStockReport(path: string, threshold = 5): Promise<string[]> {
  const catalog = await loadCatalog(path);
  return catalog.skus
    .filter((s) => s.unitsInStock < threshold)
    .map((s) => `${catalog.supplier} ${s.sku} (${s.ink}, ${s.spoolMm}mm): ${s.unitsInStock} left`);
}
