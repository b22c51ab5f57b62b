// expect: no-unobserved-promise
// The next scan segment is requested before yielding the current items and only awaited on the following loop turn: if it fails while the consumer is busy writing (or after the consumer stops early), the rejection has no handler and surfaces as an unhandled rejection.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

type Item = Record<string, string | number | boolean | null>;
interface ScanOutput {
  Items: Item[];
  LastEvaluatedKey?: Record<string, string>;
  ConsumedCapacity: number;
}
declare const dynamo: {
  scan(input: { TableName: string; Limit: number; ExclusiveStartKey?: Record<string, string> }): Promise<ScanOutput>;
};

export async function* scanTable(table: string, pageSize = 500): AsyncGenerator<Item, void, undefined> {
  let consumed = 0;
  let pending: Promise<ScanOutput> | undefined = dynamo.scan({ TableName: table, Limit: pageSize });
  while (pending) {
    const page: ScanOutput = await pending;
    consumed += page.ConsumedCapacity;
    pending = page.LastEvaluatedKey
      ? dynamo.scan({ TableName: table, Limit: pageSize, ExclusiveStartKey: page.LastEvaluatedKey })
      : undefined;
    for (const item of page.Items) yield item;
  }
  console.log(`[export] ${table}: scan consumed ${consumed.toFixed(1)} RCUs`);
}

export async function exportToNdjson(table: string, outPath: string, where?: (item: Item) => boolean): Promise<number> {
  const out = createWriteStream(outPath, { encoding: 'utf8' });
  let written = 0;
  try {
    for await (const item of scanTable(table)) {
      if (where && !where(item)) continue;
      if (!out.write(JSON.stringify(item) + '\n')) {
        await once(out, 'drain');
      }
      written++;
    }
  } finally {
    out.end();
    await once(out, 'finish');
  }
  return written;
}
