// Batch importer: reads customer records from a CSV export and upserts them in chunks, keeping
// a report of the rows that failed; also removes and refreshes customers in bulk.
import { readFile } from 'node:fs/promises';

export interface CustomerRecord {
  id: string;
  email: string;
  name: string;
}

export interface CustomerRepository {
  upsert(record: CustomerRecord): Promise<void>;
  remove(id: string): Promise<void>;
  lookup(id: string): Promise<CustomerRecord | undefined>;
}

export interface ImportReport {
  imported: number;
  failed: { id: string; reason: unknown }[];
}

function parse(csv: string): CustomerRecord[] {
  return csv.split('\n').slice(1).filter(Boolean).map((line) => {
    const [id = '', email = '', name = ''] = line.split(',');
    return { id, email, name };
  });
}

export async function importFile(path: string, repo: CustomerRepository, chunkSize = 100): Promise<ImportReport> {
  const records = parse(await readFile(path, 'utf8'));
  const report: ImportReport = { imported: 0, failed: [] };
  for (let start = 0; start < records.length; start += chunkSize) {
    const chunk = records.slice(start, start + chunkSize);
    const results = await Promise.allSettled(chunk.map((record) => repo.upsert(record)));
    results.forEach((result, index) => {
      if (result.status === 'fulfilled') report.imported++;
      else report.failed.push({ id: chunk[index]?.id ?? '?', reason: result.reason });
    });
  }
  return report;
}

export async function syncCustomer(record: CustomerRecord, repo: CustomerRepository, dryRun: boolean): Promise<boolean> {
  const existing = repo.lookup(record.id);
  if (dryRun) return false;
  const current = await existing;
  if (current?.email === record.email && current.name === record.name) return false;
  await repo.upsert(record);
  return true;
}

export async function removeCustomers(ids: readonly string[], repo: CustomerRepository): Promise<void> {
  await Promise.allSettled(ids.map((id) => repo.remove(id)));
}

export async function countUpserted(records: readonly CustomerRecord[], repo: CustomerRepository): Promise<number> {
  const results = await Promise.allSettled(records.map((record) => repo.upsert(record)));
  return results.length;
}

export async function refreshCustomers(ids: readonly string[], repo: CustomerRepository): Promise<CustomerRecord[]> {
  const results = await Promise.allSettled(ids.map((id) => repo.lookup(id)));
  return results
    .map((result) => (result as PromiseFulfilledResult<CustomerRecord | undefined>).value)
    .filter((record): record is CustomerRecord => record !== undefined);
}
