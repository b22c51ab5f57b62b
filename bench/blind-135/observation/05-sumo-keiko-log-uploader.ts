// expect: no-unchecked-settled-results
// The allSettled results are filtered down to fulfilled receipts and the queue is then cleared, so rejected uploads are never inspected and their entries are silently lost.
export interface KeikoEntry {
  stable: string;
  rikishi: string;
  date: string;
  bouts: number;
  wins: number;
  butsukariMinutes: number;
}

export interface UploadReceipt {
  key: string;
  etag: string;
}

export interface ObjectStorage {
  put(key: string, body: string, opts: { contentType: string }): Promise<UploadReceipt>;
}

export interface FlushSummary {
  batchSize: number;
  uploaded: number;
}

function objectKey(entry: KeikoEntry): string {
  const slug = entry.rikishi.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `keiko/${entry.stable}/${entry.date}/${slug}.json`;
}

export class KeikoLogUploader {
  private pending: KeikoEntry[] = [];
  private index = new Map<string, string>();

  constructor(private storage: ObjectStorage, private batchLimit = 25) {}

  record(entry: KeikoEntry): void {
    if (entry.wins > entry.bouts) {
      throw new RangeError(`${entry.rikishi}: ${entry.wins} wins out of ${entry.bouts} bouts`);
    }
    this.pending.push(entry);
  }

  get queued(): number {
    return this.pending.length;
  }

  async flush(): Promise<FlushSummary> {
    const batch = this.pending.slice(0, this.batchLimit);
    if (batch.length === 0) return { batchSize: 0, uploaded: 0 };

    const results = await Promise.allSettled(
      batch.map((entry) =>
        this.storage.put(objectKey(entry), JSON.stringify(entry), { contentType: 'application/json' }),
      ),
    );

    const receipts = results
      .filter((r): r is PromiseFulfilledResult<UploadReceipt> => r.status === 'fulfilled')
      .map((r) => r.value);

    for (const receipt of receipts) {
      this.index.set(receipt.key, receipt.etag);
    }
    this.pending = this.pending.slice(batch.length);

    return { batchSize: batch.length, uploaded: receipts.length };
  }

  etagFor(entry: KeikoEntry): string | undefined {
    return this.index.get(objectKey(entry));
  }

  async drain(): Promise<number> {
    let total = 0;
    while (this.pending.length > 0) {
      const { uploaded } = await this.flush();
      total += uploaded;
    }
    return total;
  }
}
