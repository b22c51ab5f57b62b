// expect: require-signal-propagation
// exportManifest checks opts.signal once up front but never passes it to stream.pipeline, so cancelling the export from the dispatch screen does not stop the pipeline and the manifest file keeps being written until the order cursor is exhausted.
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Readable, Transform, type TransformCallback } from 'node:stream';

export interface SampleOrder {
  orderId: string;
  recipient: string;
  postcode: string;
  country: string;
  vials: { sku: string; ml: number }[];
}

export interface OrderStore {
  streamOrders(batchId: string): AsyncIterable<SampleOrder>;
}

export interface ExportOptions {
  carrier: 'royal-mail' | 'dhl' | 'la-poste';
  signal: AbortSignal;
}

const HEADER = 'order_id,recipient,postcode,country,vials,total_ml\n';

function csvField(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function toCsvLine(order: SampleOrder): string {
  const totalMl = order.vials.reduce((sum, v) => sum + v.ml, 0);
  return [
    csvField(order.orderId),
    csvField(order.recipient),
    csvField(order.postcode),
    order.country,
    String(order.vials.length),
    totalMl.toFixed(1),
  ].join(',') + '\n';
}

export async function exportManifest(store: OrderStore, batchId: string, dest: string, opts: ExportOptions): Promise<number> {
  opts.signal.throwIfAborted();
  let rows = 0;
  let wroteHeader = false;

  const toCsv = new Transform({
    writableObjectMode: true,
    transform(order: SampleOrder, _enc: BufferEncoding, cb: TransformCallback) {
      if (opts.carrier !== 'royal-mail' && order.country === 'GB') {
        cb();
        return;
      }
      rows += 1;
      const line = toCsvLine(order);
      if (!wroteHeader) {
        wroteHeader = true;
        cb(null, HEADER + line);
        return;
      }
      cb(null, line);
    },
  });

  await pipeline(
    Readable.from(store.streamOrders(batchId)),
    toCsv,
    createWriteStream(dest, { encoding: 'utf8' }),
  );
  return rows;
}
