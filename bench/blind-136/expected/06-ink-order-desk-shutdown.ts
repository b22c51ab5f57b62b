// expect: none
// The shutdown steps are stored as functions and each one is invoked and awaited in turn, so every flush actually runs before the pool closes.
export interface PendingOrder {
  orderId: string;
  studio: string;
  skus: string[];
}

export interface DbPool {
  query(sql: string, params: unknown[]): Promise<{ rowCount: number }>;
  end(): Promise<void>;
}

export interface Mailer {
  flushOutbox(): Promise<number>;
}

export interface Logger {
  info(msg: string, meta?: Record<string, unknown>): void;
  error(msg: string, meta?: Record<string, unknown>): void;
}

type ShutdownStep = { name: string; run: () => Promise<unknown> };

export class InkOrderDesk {
  private pending: PendingOrder[] = [];
  private closed = false;

  constructor(
    private readonly pool: DbPool,
    private readonly mailer: Mailer,
    private readonly log: Logger,
  ) {}

  accept(order: PendingOrder): void {
    if (this.closed) throw new Error('order desk closed');
    if (order.skus.length === 0) throw new Error(`order ${order.orderId} has no inks`);
    this.pending.push(order);
  }

  async flushPendingOrders(): Promise<number> {
    const batch = this.pending;
    this.pending = [];
    for (const o of batch) {
      await this.pool.query('insert into ink_orders (id, studio, skus) values ($1, $2, $3)', [
        o.orderId,
        o.studio,
        o.skus,
      ]);
    }
    return batch.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    const steps: ShutdownStep[] = [
      { name: 'orders', run: () => this.flushPendingOrders() },
      { name: 'outbox', run: () => this.mailer.flushOutbox() },
      { name: 'pool', run: () => this.pool.end() },
    ];
    for (const step of steps) {
      try {
        const result = await step.run();
        this.log.info(`shutdown step ${step.name} done`, { result });
      } catch (err) {
        this.log.error(`shutdown step ${step.name} failed`, { error: String(err) });
        throw err;
      }
    }
  }

  backlog(): number {
    return this.pending.reduce((n, o) => n + o.skus.length, 0);
  }
}
