// expect: no-leaked-race
// The read is raced across all replicas with only the caller's signal, so once the fastest replica answers the slower replicas keep executing the same query.

export interface Row {
  [column: string]: unknown;
}

export interface QueryOptions {
  signal?: AbortSignal;
}

declare class ReplicaPool {
  readonly name: string;
  query(sql: string, params: unknown[], opts?: QueryOptions): Promise<Row[]>;
}

export class ReplicatedReader {
  constructor(private readonly replicas: ReplicaPool[]) {
    if (replicas.length === 0) {
      throw new Error("at least one replica is required");
    }
  }

  async fastestRead(sql: string, params: unknown[], opts: QueryOptions = {}): Promise<Row[]> {
    opts.signal?.throwIfAborted();
    return Promise.race(this.replicas.map((replica) => replica.query(sql, params, { signal: opts.signal })));
  }
}
