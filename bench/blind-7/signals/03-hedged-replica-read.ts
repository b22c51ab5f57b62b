// expect: no-leaked-race
// After the first replica answers, the pending hedge timers still fire and start queries on the other replicas, and already-started slower queries keep running; nothing aborts the losers, so every read costs one full query per replica.
type Row = Record<string, unknown>;

interface QueryOptions {
  signal?: AbortSignal;
  statementTimeoutMs?: number;
}

interface ReplicaClient {
  readonly region: string;
  query<T extends Row>(sql: string, params: unknown[], opts?: QueryOptions): Promise<T[]>;
}

declare const metrics: {
  timing(name: string, ms: number, tags?: Record<string, string>): void;
  increment(name: string, tags?: Record<string, string>): void;
};

export class HedgedReader {
  constructor(
    private readonly replicas: ReplicaClient[],
    private readonly hedgeAfterMs = 40,
  ) {}

  async read<T extends Row>(sql: string, params: unknown[], signal?: AbortSignal): Promise<T[]> {
    const started = performance.now();
    const attempts = this.replicas.map((replica, i) =>
      this.delayed(i * this.hedgeAfterMs, signal).then(() =>
        replica.query<T>(sql, params, { signal, statementTimeoutMs: 2_000 }).then((rows) => {
          metrics.timing('replica.read', performance.now() - started, { region: replica.region });
          return rows;
        }),
      ),
    );

    try {
      return await Promise.any(attempts);
    } catch (err) {
      if (signal?.aborted) throw signal.reason;
      metrics.increment('replica.read.all_failed');
      if (err instanceof AggregateError) {
        throw new Error(`all ${this.replicas.length} replicas failed: ${err.errors.map(String).join('; ')}`);
      }
      throw err;
    }
  }

  private delayed(ms: number, signal?: AbortSignal): Promise<void> {
    if (ms === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }
}
