// expect: no-uncalled-async-function
// close() does `await this.flushPending` (the method reference) instead of calling it, so buffered tickets are never written before shutdown.
import { EventEmitter } from 'node:events';

export interface TicketSale {
  ticketId: string;
  sailingId: string;
  fareClass: 'foot' | 'car' | 'bicycle' | 'freight';
  priceCents: number;
  soldAt: Date;
}

declare const ledger: {
  insertMany(rows: TicketSale[]): Promise<{ inserted: number }>;
};

export interface BatcherOptions {
  maxBatch: number;
  flushIntervalMs: number;
}

export class TicketSaleBatcher extends EventEmitter {
  private pending: TicketSale[] = [];
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private inFlight: Promise<void> = Promise.resolve();

  constructor(private readonly opts: BatcherOptions) {
    super();
    this.timer = setInterval(() => {
      void this.flushPending().catch((err) => this.emit('error', err));
    }, opts.flushIntervalMs);
    this.timer.unref();
  }

  record(sale: TicketSale): void {
    if (this.closed) {
      throw new Error(`batcher closed; cannot record ticket ${sale.ticketId}`);
    }
    this.pending.push(sale);
    if (this.pending.length >= this.opts.maxBatch) {
      void this.flushPending().catch((err) => this.emit('error', err));
    }
  }

  async flushPending(): Promise<void> {
    // Chain flushes so two batches never hit the ledger concurrently.
    this.inFlight = this.inFlight.then(async () => {
      if (this.pending.length === 0) return;
      const batch = this.pending.splice(0, this.pending.length);
      try {
        const { inserted } = await ledger.insertMany(batch);
        this.emit('flushed', inserted);
      } catch (err) {
        // Put the batch back at the front so nothing is lost on a transient failure.
        this.pending.unshift(...batch);
        throw err;
      }
    });
    return this.inFlight;
  }

  get backlog(): number {
    return this.pending.length;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
    await this.flushPending;
    this.emit('closed', this.pending.length);
  }
}

export function revenueBySailing(sales: TicketSale[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const sale of sales) {
    totals.set(sale.sailingId, (totals.get(sale.sailingId) ?? 0) + sale.priceCents);
  }
  return totals;
}
