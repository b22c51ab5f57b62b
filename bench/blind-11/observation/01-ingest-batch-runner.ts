// expect: no-unobserved-promise
// schemaP is started before the batch read and only awaited afterwards; if the registry call rejects while readBatch is pending, the rejection has no handler.
import { createHash } from 'node:crypto';

interface RawRecord {
  key: string;
  payload: string;
  producedAt: number;
}

interface TopicSchema {
  version: number;
  requiredFields: string[];
}

interface NormalizedRow {
  id: string;
  schemaVersion: number;
  fields: Record<string, unknown>;
  producedAt: Date;
}

declare const schemaRegistry: {
  fetchLatest(topic: string): Promise<TopicSchema>;
};

declare const source: {
  readBatch(topic: string, max: number, signal?: AbortSignal): Promise<RawRecord[]>;
  commit(topic: string, count: number): Promise<void>;
};

declare const warehouse: {
  insertRows(table: string, rows: NormalizedRow[]): Promise<number>;
};

export interface BatchOptions {
  topic: string;
  table: string;
  maxRecords?: number;
  timeoutMs?: number;
}

function rowId(record: RawRecord): string {
  return createHash('sha1').update(`${record.key}:${record.producedAt}`).digest('hex');
}

function normalize(record: RawRecord, schema: TopicSchema): NormalizedRow | null {
  let fields: Record<string, unknown>;
  try {
    fields = JSON.parse(record.payload);
  } catch {
    return null;
  }
  for (const name of schema.requiredFields) {
    if (!(name in fields)) return null;
  }
  return {
    id: rowId(record),
    schemaVersion: schema.version,
    fields,
    producedAt: new Date(record.producedAt),
  };
}

export async function runBatch(opts: BatchOptions): Promise<{ inserted: number; dropped: number }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs ?? 30_000);

  try {
    // Schema lookups are slow, so kick it off while we pull records.
    const schemaP = schemaRegistry.fetchLatest(opts.topic);
    const records = await source.readBatch(opts.topic, opts.maxRecords ?? 500, controller.signal);
    const schema = await schemaP;

    if (records.length === 0) {
      return { inserted: 0, dropped: 0 };
    }

    const rows: NormalizedRow[] = [];
    let dropped = 0;
    for (const record of records) {
      const row = normalize(record, schema);
      if (row) rows.push(row);
      else dropped++;
    }

    const inserted = rows.length > 0 ? await warehouse.insertRows(opts.table, rows) : 0;
    await source.commit(opts.topic, records.length);
    return { inserted, dropped };
  } finally {
    clearTimeout(timer);
  }
}
