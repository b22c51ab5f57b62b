// expect: no-promise-as-value
// `schemaVersion` is the Promise from resolveSchemaVersion(), so JSON.stringify sends `{}` and the search cluster rejects or mis-tags the batch.
import { setTimeout as sleep } from 'node:timers/promises';

export interface ProductDoc {
  sku: string;
  title: string;
  description: string;
  price: number;
  tags: string[];
  inStock: boolean;
}

interface BulkResponse {
  indexed: number;
  errors: { sku: string; reason: string }[];
}

declare const configStore: {
  getString(key: string): Promise<string | undefined>;
};

export class CatalogIndexer {
  private readonly batchSize = 500;

  constructor(
    private readonly endpoint: string,
    private readonly index: string,
    private readonly apiKey: string,
  ) {}

  private async resolveSchemaVersion(): Promise<string> {
    return (await configStore.getString(`search.${this.index}.schemaVersion`)) ?? 'v1';
  }

  private normalise(doc: ProductDoc): ProductDoc {
    return {
      ...doc,
      title: doc.title.trim(),
      description: doc.description
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
      tags: [...new Set(doc.tags.map((t) => t.toLowerCase()))],
    };
  }

  private async postBatch(docs: ProductDoc[], attempt = 1): Promise<BulkResponse> {
    const schemaVersion = this.resolveSchemaVersion();
    const res = await fetch(`${this.endpoint}/indexes/${encodeURIComponent(this.index)}/documents:bulk`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': this.apiKey },
      body: JSON.stringify({ schemaVersion, primaryKey: 'sku', documents: docs }),
    });

    if (res.status === 429 && attempt < 5) {
      const retryAfter = Number(res.headers.get('retry-after') ?? '1');
      await sleep(retryAfter * 1000);
      return this.postBatch(docs, attempt + 1);
    }
    if (!res.ok) {
      throw new Error(`bulk index failed (${res.status}): ${await res.text()}`);
    }
    return (await res.json()) as BulkResponse;
  }

  async reindex(docs: AsyncIterable<ProductDoc>): Promise<{ indexed: number; failed: number }> {
    let batch: ProductDoc[] = [];
    let indexed = 0;
    let failed = 0;

    const flush = async () => {
      if (batch.length === 0) return;
      const result = await this.postBatch(batch);
      indexed += result.indexed;
      failed += result.errors.length;
      for (const e of result.errors.slice(0, 10)) {
        console.warn(`[indexer] ${this.index}: ${e.sku} rejected: ${e.reason}`);
      }
      batch = [];
    };

    for await (const doc of docs) {
      batch.push(this.normalise(doc));
      if (batch.length >= this.batchSize) await flush();
    }
    await flush();
    return { indexed, failed };
  }
}
