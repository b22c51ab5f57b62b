// expect: no-uncalled-async-function
// shutdown() awaits the method reference this.flushPendingSales instead of calling it, so queued sales are never flushed before the journal is closed.
export interface Sale {
  saleId: string;
  machineId: string;
  product: 'single' | 'day-pass' | 'week-pass';
  cents: number;
  paidBy: 'card' | 'coin';
  at: string;
}

export interface SalesJournal {
  appendBatch(sales: Sale[]): Promise<void>;
  close(): Promise<void>;
}

export interface CoinVault {
  sealAndReport(machineId: string): Promise<{ cents: number }>;
}

export class VendingSession {
  private pending: Sale[] = [];
  private flushTimer: ReturnType<typeof setInterval> | null = null;
  private closed = false;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    readonly machineId: string,
    private journal: SalesJournal,
    private vault: CoinVault,
    private flushEveryMs = 30_000,
  ) {}

  start(): void {
    this.flushTimer = setInterval(() => {
      this.flushing = this.flushing.then(() => this.flushPendingSales()).catch((err) => {
        console.error(`machine ${this.machineId}: periodic flush failed`, err);
      });
    }, this.flushEveryMs);
  }

  recordSale(sale: Omit<Sale, 'machineId'>): void {
    if (this.closed) throw new Error(`machine ${this.machineId} is shut down`);
    this.pending.push({ ...sale, machineId: this.machineId });
  }

  async flushPendingSales(): Promise<void> {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    try {
      await this.journal.appendBatch(batch);
    } catch (err) {
      this.pending = batch.concat(this.pending);
      throw err;
    }
  }

  async shutdown(): Promise<{ unflushed: number; coinCents: number }> {
    this.closed = true;
    if (this.flushTimer) clearInterval(this.flushTimer);
    await this.flushing;
    await this.flushPendingSales;
    const { cents } = await this.vault.sealAndReport(this.machineId);
    await this.journal.close();
    return { unflushed: this.pending.length, coinCents: cents };
  }
}
