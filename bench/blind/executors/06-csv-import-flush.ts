// expect: none
// The async 'end' handler wraps its await in try/catch and rejects on failure, and the source's 'error' is handled, so every path settles.
import type { Readable } from 'node:stream';

export interface CustomerRow {
  id: string;
  email: string;
  country: string;
}

declare const warehouse: {
  insertMany(table: string, rows: CustomerRow[]): Promise<number>;
};

export function importRows(source: Readable, table: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const batch: CustomerRow[] = [];
    source.on('data', (row: CustomerRow) => {
      if (row.email.includes('@')) batch.push(row);
    });
    source.once('error', reject);
    source.once('end', async () => {
      try {
        const inserted = await warehouse.insertMany(table, batch);
        resolve(inserted);
      } catch (err) {
        reject(err);
      }
    });
  });
}

export async function importAll(sources: Map<string, Readable>): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [table, source] of sources) {
    counts[table] = await importRows(source, table);
  }
  return counts;
}
