// expect: none
// The connect promise is cached and awaited by every caller on purpose: it is one connection shared by all, and it is dropped from the cache when it fails so the next call reconnects.
import { EventEmitter } from 'node:events';

interface Connection extends EventEmitter {
  query<R>(sql: string, params?: unknown[]): Promise<R[]>;
  close(): Promise<void>;
}

declare function connect(opts: { url: string; connectTimeoutMs: number }): Promise<Connection>;

export class Database {
  private connecting: Promise<Connection> | null = null;

  constructor(private readonly url: string) {}

  private connection(): Promise<Connection> {
    if (!this.connecting) {
      const attempt = connect({ url: this.url, connectTimeoutMs: 5_000 }).then(
        (conn) => {
          conn.once('end', () => {
            if (this.connecting === attempt) this.connecting = null;
          });
          return conn;
        },
        (err: unknown) => {
          if (this.connecting === attempt) this.connecting = null;
          throw new Error(`database connect failed: ${(err as Error).message}`, { cause: err });
        },
      );
      this.connecting = attempt;
    }
    return this.connecting;
  }

  async query<R>(sql: string, params: unknown[] = []): Promise<R[]> {
    const conn = await this.connection();
    return conn.query<R>(sql, params);
  }

  async transaction<T>(fn: (q: <R>(sql: string, params?: unknown[]) => Promise<R[]>) => Promise<T>): Promise<T> {
    const conn = await this.connection();
    await conn.query('BEGIN');
    try {
      const result = await fn((sql, params) => conn.query(sql, params));
      await conn.query('COMMIT');
      return result;
    } catch (err) {
      await conn.query('ROLLBACK').catch((rbErr) => console.error('rollback failed', rbErr));
      throw err;
    }
  }

  async close(): Promise<void> {
    const pending = this.connecting;
    this.connecting = null;
    const conn = pending && (await pending.catch(() => null));
    await conn?.close();
  }
}
