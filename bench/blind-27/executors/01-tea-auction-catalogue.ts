// expect: no-multiple-settle
// The readFile callback calls reject() without returning, so it goes on to JSON.parse the undefined text and throws inside the callback after the promise was already rejected.
import { readFile } from 'node:fs';
import { join } from 'node:path';

export type LeafGrade = 'FTGFOP' | 'TGFOP' | 'GFOP' | 'FOP' | 'OP' | 'BOP' | 'CTC';

export interface TeaLot {
  lotNumber: number;
  estate: string;
  grade: LeafGrade;
  flush: 'first' | 'second' | 'monsoon' | 'autumn';
  chests: number;
  netKgPerChest: number;
  reservePricePerKg: number;
}

export interface Catalogue {
  saleNumber: number;
  centre: string;
  saleDate: string;
  lots: TeaLot[];
}

export interface SaleSummary {
  lots: number;
  totalKg: number;
  reserveValue: number;
  byGrade: Map<LeafGrade, number>;
}

const CATALOGUE_DIR = process.env.CATALOGUE_DIR ?? '/var/lib/auction/catalogues';

function catalogueFile(centre: string, saleNumber: number): string {
  const slug = centre.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return join(CATALOGUE_DIR, `${slug}-sale-${String(saleNumber).padStart(3, '0')}.json`);
}

export function loadCatalogue(centre: string, saleNumber: number): Promise<Catalogue> {
  const file = catalogueFile(centre, saleNumber);
  return new Promise((resolve, reject) => {
    readFile(file, 'utf8', (err, text) => {
      if (err) {
        reject(new Error(`catalogue for ${centre} sale ${saleNumber} unavailable: ${err.message}`));
      }
      const catalogue = JSON.parse(text) as Catalogue;
      // brokers expect lots in printed order regardless of how the file was exported
      catalogue.lots.sort((a, b) => a.lotNumber - b.lotNumber);
      resolve(catalogue);
    });
  });
}

export function summarise(catalogue: Catalogue): SaleSummary {
  const byGrade = new Map<LeafGrade, number>();
  let totalKg = 0;
  let reserveValue = 0;
  for (const lot of catalogue.lots) {
    const kg = lot.chests * lot.netKgPerChest;
    totalKg += kg;
    reserveValue += kg * lot.reservePricePerKg;
    byGrade.set(lot.grade, (byGrade.get(lot.grade) ?? 0) + kg);
  }
  return { lots: catalogue.lots.length, totalKg, reserveValue, byGrade };
}

export async function printSaleSheet(centre: string, saleNumber: number): Promise<string> {
  const catalogue = await loadCatalogue(centre, saleNumber);
  const summary = summarise(catalogue);
  const lines = [
    `${catalogue.centre} — Sale ${catalogue.saleNumber} (${catalogue.saleDate})`,
    `${summary.lots} lots, ${summary.totalKg.toFixed(1)} kg, reserve ₹${summary.reserveValue.toFixed(0)}`,
  ];
  for (const [grade, kg] of summary.byGrade) {
    lines.push(`  ${grade.padEnd(7)} ${kg.toFixed(1).padStart(10)} kg`);
  }
  return lines.join('\n');
}
