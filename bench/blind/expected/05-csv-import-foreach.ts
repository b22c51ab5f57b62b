// expect: no-floating-promises
// forEach ignores the promises returned by the async callback, so the import reports success before any row is written and insert errors are unhandled.
import { readFile } from 'node:fs/promises';

interface ProductRow {
  sku: string;
  name: string;
  priceCents: number;
}

declare const db: {
  products: { upsert(row: ProductRow): Promise<void> };
};

function parseCsv(text: string): ProductRow[] {
  return text
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [sku, name, price] = line.split(',');
      return { sku, name, priceCents: Math.round(Number(price) * 100) };
    });
}

export async function importProducts(path: string): Promise<number> {
  const text = await readFile(path, 'utf8');
  const rows = parseCsv(text);

  rows.forEach(async (row) => {
    await db.products.upsert(row);
  });

  console.log(`imported ${rows.length} products from ${path}`);
  return rows.length;
}
