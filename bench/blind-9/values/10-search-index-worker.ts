// expect: none
// this.schema is written in a .then() callback, but every read happens after `await this.ready`, the promise returned by that same chain.
import { setTimeout as sleep } from 'node:timers/promises';

interface IndexSchema {
  version: number;
  fields: Record<string, 'text' | 'keyword' | 'number'>;
}

interface Doc {
  id: string;
  [field: string]: unknown;
}

declare const searchCluster: {
  getSchema(index: string, opts: { signal?: AbortSignal }): Promise<IndexSchema>;
  bulkIndex(index: string, docs: Doc[], opts: { signal?: AbortSignal }): Promise<{ errors: number }>;
};

export class IndexWorker {
  private schema: IndexSchema | undefined;
  private readonly ready: Promise<void>;

  constructor(
    private readonly index: string,
    signal?: AbortSignal,
  ) {
    this.ready = searchCluster.getSchema(index, { signal }).then((s) => {
      this.schema = s;
    });
    this.ready.catch(() => {});
  }

  private project(doc: Doc, schema: IndexSchema): Doc {
    const out: Doc = { id: doc.id };
    for (const [field, kind] of Object.entries(schema.fields)) {
      const value = doc[field];
      if (value === undefined) continue;
      out[field] = kind === 'number' ? Number(value) : String(value);
    }
    return out;
  }

  async push(batch: Doc[], signal?: AbortSignal): Promise<number> {
    await this.ready;
    const schema = this.schema;
    if (!schema) throw new Error(`schema for ${this.index} not loaded`);

    const docs = batch.map((d) => this.project(d, schema));
    for (let attempt = 1; ; attempt++) {
      const { errors } = await searchCluster.bulkIndex(this.index, docs, { signal });
      if (errors === 0) return docs.length;
      if (attempt >= 3) throw new Error(`${errors} documents failed to index into ${this.index} (v${schema.version})`);
      await sleep(250 * attempt, undefined, { signal });
    }
  }
}
