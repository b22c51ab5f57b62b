// expect: none
// The interval callback is synchronous and attaches .catch to the flush it starts, and every ledger write pushed into the array is awaited together with Promise.all.
export interface Sale {
  saleId: string;
  piece: "handaxe" | "arrowhead" | "blade-core" | "scraper" | "demo-session";
  priceCents: number;
  soldAt: Date;
  fair: string;
}

declare const ledger: {
  append(sale: Sale): Promise<void>;
  closeDay(fair: string, totalCents: number): Promise<void>;
};

declare const logger: {
  error(msg: string, meta?: Record<string, unknown>): void;
  info(msg: string, meta?: Record<string, unknown>): void;
};

const FLUSH_EVERY_MS = 30_000;

export class FairStall {
  private buffer: Sale[] = [];
  private totalCents = 0;
  private ticker: ReturnType<typeof setInterval> | undefined;
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly fair: string) {}

  open(): void {
    this.ticker = setInterval(() => {
      this.flush().catch((err: unknown) => {
        logger.error("ledger flush failed; sales kept for next attempt", { fair: this.fair, error: String(err) });
      });
    }, FLUSH_EVERY_MS);
  }

  recordSale(sale: Sale): void {
    if (sale.fair !== this.fair) throw new Error(`sale ${sale.saleId} belongs to ${sale.fair}`);
    this.buffer.push(sale);
    this.totalCents += sale.priceCents;
  }

  flush(): Promise<void> {
    // chain flushes so a slow ledger never sees the same sale twice
    const run = this.flushing.then(() => this.writeBuffered());
    this.flushing = run.catch(() => undefined);
    return run;
  }

  private async writeBuffered(): Promise<void> {
    const batch = this.buffer;
    if (batch.length === 0) return;
    this.buffer = [];
    const writes: Array<Promise<void>> = [];
    for (const sale of batch) writes.push(ledger.append(sale));
    try {
      await Promise.all(writes);
    } catch (err) {
      // ledger.append is idempotent on saleId, so re-queueing the whole batch is safe
      this.buffer.unshift(...batch);
      throw err;
    }
    logger.info("ledger flushed", { fair: this.fair, sales: batch.length });
  }

  async close(): Promise<number> {
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = undefined;
    await this.flush();
    await ledger.closeDay(this.fair, this.totalCents);
    return this.totalCents;
  }
}

export function bestSeller(sales: Sale[]): Sale["piece"] | undefined {
  const counts = new Map<Sale["piece"], number>();
  for (const s of sales) counts.set(s.piece, (counts.get(s.piece) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
