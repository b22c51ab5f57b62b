// expect: no-uncalled-async-function
// shutdown awaits the flushPendingOrders method itself rather than calling it, so the queued orders are never written before the database pool is closed.
import { once } from 'node:events';
import type { Server } from 'node:http';

export interface PendingOrder {
  id: string;
  farrierId: string;
  pattern: string;
  pairs: number;
  receivedAt: number;
}

export interface DbPool {
  query(sql: string, params: unknown[]): Promise<{ rowCount: number }>;
  end(): Promise<void>;
}

export class ForgeOrderService {
  private readonly queue: PendingOrder[] = [];
  private accepting = true;
  private flushTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly pool: DbPool,
    private readonly server: Server,
    private readonly flushEveryMs = 2_000,
  ) {}

  start(): void {
    this.flushTimer = setInterval(() => {
      this.flushPendingOrders().catch((err) => console.error('order flush failed', err));
    }, this.flushEveryMs);
  }

  enqueue(order: PendingOrder): boolean {
    if (!this.accepting) return false;
    this.queue.push(order);
    return true;
  }

  async flushPendingOrders(): Promise<number> {
    const batch = this.queue.splice(0, this.queue.length);
    let written = 0;
    for (const order of batch) {
      const { rowCount } = await this.pool.query(
        'INSERT INTO forge_orders (id, farrier_id, pattern, pairs, received_at) VALUES ($1, $2, $3, $4, to_timestamp($5 / 1000.0)) ON CONFLICT (id) DO NOTHING',
        [order.id, order.farrierId, order.pattern, order.pairs, order.receivedAt],
      );
      written += rowCount;
    }
    return written;
  }

  async shutdown(): Promise<void> {
    this.accepting = false;
    clearInterval(this.flushTimer);

    this.server.close();
    await once(this.server, 'close');

    await this.flushPendingOrders;
    await this.pool.end();
  }

  get backlog(): number {
    return this.queue.length;
  }
}
