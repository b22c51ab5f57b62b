// expect: none
// Every queued deferred is settled exactly once per dispatch: found keys resolve, missing keys and whole-batch failures reject.
export interface BatchLoaderOptions<K> {
  maxBatchSize?: number;
  cacheKey?: (key: K) => string;
}

interface Pending<V> {
  resolve: (value: V) => void;
  reject: (err: unknown) => void;
}

export class NotFoundError extends Error {
  constructor(readonly key: string) {
    super(`no record for key ${key}`);
    this.name = 'NotFoundError';
  }
}

export class BatchLoader<K, V> {
  private queue = new Map<string, { key: K; waiters: Pending<V>[] }>();
  private cache = new Map<string, Promise<V>>();
  private scheduled = false;
  private readonly maxBatchSize: number;
  private readonly toCacheKey: (key: K) => string;

  constructor(
    private readonly batchFn: (keys: readonly K[]) => Promise<Map<string, V>>,
    opts: BatchLoaderOptions<K> = {},
  ) {
    this.maxBatchSize = opts.maxBatchSize ?? 100;
    this.toCacheKey = opts.cacheKey ?? ((k) => String(k));
  }

  load(key: K): Promise<V> {
    const id = this.toCacheKey(key);
    const cached = this.cache.get(id);
    if (cached) return cached;

    const promise = new Promise<V>((resolve, reject) => {
      const entry = this.queue.get(id) ?? { key, waiters: [] };
      entry.waiters.push({ resolve, reject });
      this.queue.set(id, entry);
    });
    this.cache.set(id, promise);
    promise.catch(() => this.cache.delete(id));

    if (!this.scheduled) {
      this.scheduled = true;
      queueMicrotask(() => this.dispatch());
    }
    return promise;
  }

  clear(key: K): void {
    this.cache.delete(this.toCacheKey(key));
  }

  private dispatch(): void {
    this.scheduled = false;
    const entries = [...this.queue.entries()];
    this.queue.clear();

    for (let i = 0; i < entries.length; i += this.maxBatchSize) {
      const batch = entries.slice(i, i + this.maxBatchSize);
      const keys = batch.map(([, e]) => e.key);

      Promise.resolve()
        .then(() => this.batchFn(keys))
        .then(
          (found) => {
            for (const [id, { waiters }] of batch) {
              const value = found.get(id);
              for (const w of waiters) {
                if (value === undefined) w.reject(new NotFoundError(id));
                else w.resolve(value);
              }
            }
          },
          (err: unknown) => {
            for (const [, { waiters }] of batch) {
              for (const w of waiters) w.reject(err);
            }
          },
        );
    }
  }
}

// Typical use inside a resolver context:
//   const users = new BatchLoader<string, User>((ids) => db.usersByIds(ids));
//   resolve: (post) => users.load(post.authorId)
