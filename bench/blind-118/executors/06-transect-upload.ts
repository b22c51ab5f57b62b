// expect: no-multiple-settle
// The 'end' handler is async and awaits stat and the duplicate lookup before resolving, so if either of those rejects the summary promise never settles.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';

export interface TransectRecord {
  id: string;
  digest: string;
  site: string;
}

export interface SurveyMetadataStore {
  findByDigest(digest: string): Promise<TransectRecord | undefined>;
  insert(record: Omit<TransectRecord, 'id'> & { rows: number; bytes: number }): Promise<TransectRecord>;
}

export interface TransectSummary {
  file: string;
  digest: string;
  rows: number;
  bytes: number;
  duplicateOf: string | null;
}

function countNewlines(chunk: Buffer): number {
  let count = 0;
  for (let i = 0; i < chunk.length; i++) {
    if (chunk[i] === 0x0a) count++;
  }
  return count;
}

export function summarizeTransect(file: string, store: SurveyMetadataStore): Promise<TransectSummary> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    let rows = 0;
    const stream = createReadStream(file);

    stream.on('data', (chunk) => {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      hash.update(buf);
      rows += countNewlines(buf);
    });
    stream.on('error', reject);
    stream.on('end', async () => {
      const info = await stat(file);
      const digest = hash.digest('hex');
      const prior = await store.findByDigest(digest);
      resolve({
        file,
        digest,
        rows: Math.max(rows - 1, 0),
        bytes: info.size,
        duplicateOf: prior?.id ?? null,
      });
    });
  });
}

export async function uploadTransect(
  file: string,
  site: string,
  store: SurveyMetadataStore,
): Promise<TransectRecord> {
  if (path.extname(file).toLowerCase() !== '.csv') {
    throw new Error(`transect exports must be CSV, got ${path.basename(file)}`);
  }
  const summary = await summarizeTransect(file, store);
  if (summary.duplicateOf) {
    throw new Error(`${path.basename(file)} duplicates transect ${summary.duplicateOf}`);
  }
  if (summary.rows === 0) {
    throw new Error(`${path.basename(file)} has a header but no quadrat rows`);
  }
  return store.insert({
    digest: summary.digest,
    site,
    rows: summary.rows,
    bytes: summary.bytes,
  });
}
