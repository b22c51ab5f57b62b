// expect: none
// The callback returns after each reject and keeps resolve outside the try that guards JSON.parse, so a parse failure rejects once and nothing after resolve can throw into a second settle.
import { execFile } from 'node:child_process';

export interface StringStock {
  sku: string;
  note: string;
  gauge: number;
  material: 'gut' | 'nylon' | 'wire';
  onHand: number;
}

interface RawRow {
  sku: string;
  note: string;
  gauge_mm: string;
  material: string;
  qty: number;
}

const MATERIALS = new Set(['gut', 'nylon', 'wire']);

function toStock(row: RawRow): StringStock {
  const material = MATERIALS.has(row.material) ? (row.material as StringStock['material']) : 'nylon';
  return {
    sku: String(row.sku),
    note: String(row.note ?? '').toUpperCase(),
    gauge: Number.parseFloat(String(row.gauge_mm)) || 0,
    material,
    onHand: Math.max(0, Math.trunc(Number(row.qty) || 0)),
  };
}

export function lookupSupplierStock(supplier: string, binary = 'luthier-inventory'): Promise<StringStock[]> {
  return new Promise<StringStock[]>((resolve, reject) => {
    execFile(binary, ['--json', '--supplier', supplier], { timeout: 15_000 }, (err, stdout, stderr) => {
      if (err) {
        const detail = stderr.trim() || err.message;
        reject(new Error(`inventory lookup for ${supplier} failed: ${detail}`));
        return;
      }

      let rows: RawRow[];
      try {
        rows = JSON.parse(stdout) as RawRow[];
      } catch (parseErr) {
        reject(parseErr);
        return;
      }

      if (!Array.isArray(rows)) {
        reject(new Error(`inventory tool returned ${typeof rows} for ${supplier}`));
        return;
      }

      resolve(rows.filter((r) => typeof r === 'object' && r !== null).map(toStock));
    });
  });
}

export async function shortages(supplier: string, minimum: number): Promise<StringStock[]> {
  const stock = await lookupSupplierStock(supplier);
  return stock.filter((s) => s.onHand < minimum).sort((a, b) => a.onHand - b.onHand);
}
