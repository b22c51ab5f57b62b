// expect: no-unobserved-promise
// The constructor stores the mapping-file read in a field with no handler; start() first awaits the cluster health check (and may throw on a red cluster), so if the file read rejects meanwhile (missing/invalid JSON) it is an unhandled rejection that kills the process.
import { readFile } from 'node:fs/promises';

type FieldType = 'keyword' | 'text' | 'date' | 'long' | 'boolean';

interface IndexMapping {
  index: string;
  fields: Record<string, FieldType>;
}

interface Product {
  sku: string;
  title: string;
  description: string;
  updatedAt: string;
  stock: number;
}

declare const search: {
  cluster: {
    health(opts: { waitForStatus: 'yellow' | 'green'; timeout: string }): Promise<{ status: 'green' | 'yellow' | 'red' }>;
  };
  indices: {
    exists(opts: { index: string }): Promise<boolean>;
    create(opts: { index: string; mappings: { properties: Record<string, { type: FieldType }> } }): Promise<{ acknowledged: boolean }>;
  };
  bulk(opts: { operations: unknown[]; refresh?: boolean }): Promise<{ errors: boolean; items: unknown[] }>;
};

export class ProductIndexer {
  private readonly mapping: Promise<IndexMapping>;
  private indexName: string | null = null;

  constructor(mappingPath: string) {
    this.mapping = readFile(mappingPath, 'utf8').then((raw) => JSON.parse(raw) as IndexMapping);
  }

  async start(): Promise<void> {
    const health = await search.cluster.health({ waitForStatus: 'yellow', timeout: '30s' });
    if (health.status === 'red') {
      throw new Error('search cluster is red, refusing to start indexer');
    }

    const mapping = await this.mapping;
    if (!(await search.indices.exists({ index: mapping.index }))) {
      const properties = Object.fromEntries(Object.entries(mapping.fields).map(([name, type]) => [name, { type }]));
      const res = await search.indices.create({ index: mapping.index, mappings: { properties } });
      if (!res.acknowledged) throw new Error(`index ${mapping.index} creation not acknowledged`);
    }
    this.indexName = mapping.index;
  }

  async indexBatch(products: Product[]): Promise<number> {
    if (!this.indexName) throw new Error('indexer not started');
    const operations = products.flatMap((p) => [
      { index: { _index: this.indexName, _id: p.sku } },
      { title: p.title, description: p.description, updatedAt: p.updatedAt, inStock: p.stock > 0 },
    ]);
    const res = await search.bulk({ operations, refresh: false });
    if (res.errors) {
      console.warn(`[indexer] bulk request for ${products.length} products reported item errors`);
    }
    return products.length;
  }
}
