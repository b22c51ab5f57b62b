// expect: none
// The in-flight connect promise is shared on purpose (single-flight) and is cleared when it rejects or the socket closes, so the next send retries with a fresh connect() rather than the failed promise.
import { setTimeout as sleep } from 'node:timers/promises';

interface StatsConnection {
  write(lines: string[]): Promise<void>;
  on(event: 'close', listener: (hadError: boolean) => void): void;
}

declare function openStatsConnection(host: string, port: number, opts: { signal?: AbortSignal }): Promise<StatsConnection>;

export class MetricsClient {
  private connecting: Promise<StatsConnection> | undefined;

  constructor(
    private readonly host: string,
    private readonly port = 8125,
    private readonly maxAttempts = 3,
  ) {}

  private connection(signal?: AbortSignal): Promise<StatsConnection> {
    if (!this.connecting) {
      const pending = openStatsConnection(this.host, this.port, { signal }).then(
        (conn) => {
          conn.on('close', (hadError) => {
            console.warn(`[metrics] connection to ${this.host} closed${hadError ? ' with error' : ''}`);
            if (this.connecting === pending) this.connecting = undefined;
          });
          return conn;
        },
        (err: unknown) => {
          if (this.connecting === pending) this.connecting = undefined;
          throw err;
        },
      );
      this.connecting = pending;
    }
    return this.connecting;
  }

  async send(metrics: Record<string, number>, signal?: AbortSignal): Promise<void> {
    const lines = Object.entries(metrics).map(([name, value]) => `${name}:${value}|g`);
    for (let attempt = 1; ; attempt++) {
      try {
        const conn = await this.connection(signal);
        await conn.write(lines);
        return;
      } catch (err) {
        if (signal?.aborted || attempt >= this.maxAttempts) throw err;
        console.warn(`[metrics] send attempt ${attempt} failed, reconnecting`, err);
        await sleep(100 * attempt, undefined, { signal });
      }
    }
  }
}
