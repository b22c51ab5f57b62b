// expect: no-unchecked-settled-results
// allSettled results are filtered down to fulfilled values and the run is reported as complete; failed shards' reasons are never inspected or surfaced.
import { EventEmitter } from 'node:events';

export interface SearchDocument {
  id: string;
  title: string;
  body: string;
  tags: string[];
  updatedAt: string;
}

interface ShardClient {
  readonly name: string;
  bulkIndex(docs: SearchDocument[]): Promise<{ indexed: number; tookMs: number }>;
  refresh(): Promise<void>;
}

declare const documentStore: {
  changedSince(cursor: string, limit: number): Promise<{ docs: SearchDocument[]; nextCursor: string }>;
  saveCursor(cursor: string): Promise<void>;
};

function routeToShard(id: string, shardCount: number): number {
  let h = 0;
  for (let i = 0; i < id.length; i++) {
    h = (h * 31 + id.charCodeAt(i)) >>> 0;
  }
  return h % shardCount;
}

export class ShardReindexer extends EventEmitter {
  private running = false;

  constructor(
    private readonly shards: ShardClient[],
    private readonly batchSize = 1000,
  ) {
    super();
  }

  private partition(docs: SearchDocument[]): SearchDocument[][] {
    const buckets: SearchDocument[][] = this.shards.map(() => []);
    for (const doc of docs) {
      buckets[routeToShard(doc.id, this.shards.length)].push(doc);
    }
    return buckets;
  }

  async runOnce(cursor: string): Promise<string> {
    if (this.running) throw new Error('reindex already in progress');
    this.running = true;
    try {
      const { docs, nextCursor } = await documentStore.changedSince(cursor, this.batchSize);
      if (docs.length === 0) return cursor;

      const buckets = this.partition(docs);
      const results = await Promise.allSettled(
        this.shards.map((shard, i) => (buckets[i].length > 0 ? shard.bulkIndex(buckets[i]) : Promise.resolve({ indexed: 0, tookMs: 0 }))),
      );

      const stats = results
        .filter((r): r is PromiseFulfilledResult<{ indexed: number; tookMs: number }> => r.status === 'fulfilled')
        .map((r) => r.value);

      const indexed = stats.reduce((sum, s) => sum + s.indexed, 0);
      const slowest = Math.max(0, ...stats.map((s) => s.tookMs));

      await Promise.all(this.shards.map((s) => s.refresh()));
      await documentStore.saveCursor(nextCursor);

      this.emit('batch', { indexed, slowestMs: slowest, cursor: nextCursor });
      return nextCursor;
    } finally {
      this.running = false;
    }
  }
}
