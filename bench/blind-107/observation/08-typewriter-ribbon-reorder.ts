// expect: none
// The reorder timer callback is synchronous and attaches a .catch to the reorder promise that records failures and reports them on a 'reorder-failed' event, and stop() awaits the in-flight run, so no promise is dropped.
import { EventEmitter } from 'node:events';

export interface StockLevel {
  sku: string;
  onHand: number;
  reorderAt: number;
  reorderQty: number;
}

export interface Inventory {
  levels(): Promise<StockLevel[]>;
}

export interface Supplier {
  placeOrder(lines: Array<{ sku: string; qty: number }>): Promise<{ poNumber: string }>;
}

export class RibbonReorderer extends EventEmitter {
  private timer: NodeJS.Timeout | null = null;
  private inFlight: Promise<void> | null = null;
  lastError: unknown = null;

  constructor(
    private readonly inventory: Inventory,
    private readonly supplier: Supplier,
    private readonly everyMs = 15 * 60_000,
  ) {
    super();
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      if (this.inFlight) return;
      this.inFlight = this.reorder()
        .catch((err: unknown) => {
          this.lastError = err;
          this.emit('reorder-failed', err);
        })
        .finally(() => {
          this.inFlight = null;
        });
    }, this.everyMs);
  }

  async reorder(): Promise<void> {
    const low = (await this.inventory.levels()).filter((l) => l.onHand <= l.reorderAt);
    if (low.length === 0) return;
    const lines = low.map((l) => ({ sku: l.sku, qty: l.reorderQty }));
    const { poNumber } = await this.supplier.placeOrder(lines);
    this.emit('ordered', { poNumber, lines });
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.inFlight) await this.inFlight;
  }
}
