// expect: no-unobserved-promise
// The next batch is prefetched into `nextBatch` and then the loop awaits the indexing of the current batch; a rejection of the prefetch during that await has no handler.
interface Batch { seq: number; records: string[]; last: boolean }

declare class StreamReader {
  readBatch(afterSeq: number): Promise<Batch>;
}
declare const searchIndex: { bulkIndex(records: string[]): Promise<{ failed: number }> };

export async function ingestAll(reader: StreamReader): Promise<{ batches: number; failed: number }> {
  let batches = 0;
  let failed = 0;
  let nextBatch = reader.readBatch(0);

  for (;;) {
    const batch = await nextBatch;
    if (batch.last) {
      const tail = await searchIndex.bulkIndex(batch.records);
      return { batches: batches + 1, failed: failed + tail.failed };
    }

    nextBatch = reader.readBatch(batch.seq);

    const result = await searchIndex.bulkIndex(batch.records);
    failed += result.failed;
    batches += 1;
  }
}
