// expect: no-reused-settled-promise
// placeWithRetry starts placeOrder once and then re-awaits that same promise on every "retry", so after a transient failure each attempt just rethrows the original rejection and the order is never actually resent.
import { setTimeout as sleep } from 'node:timers/promises';
import { randomUUID } from 'node:crypto';

export interface OrderLine {
  sku: string;
  bottles: number;
}

export interface PurchaseOrder {
  reference: string;
  studio: string;
  lines: OrderLine[];
}

export interface OrderConfirmation {
  reference: string;
  supplierOrderId: string;
  eta: string;
}

export interface InkSupplierApi {
  placeOrder(order: PurchaseOrder): Promise<OrderConfirmation>;
}

export class TransientSupplierError extends Error {
  constructor(message: string, readonly retryAfterMs = 2_000) {
    super(message);
    this.name = 'TransientSupplierError';
  }
}

export function buildOrder(studio: string, shortages: Map<string, number>): PurchaseOrder {
  const lines = [...shortages]
    .filter(([, bottles]) => bottles > 0)
    .map(([sku, bottles]) => ({ sku, bottles: Math.ceil(bottles) }));
  if (lines.length === 0) throw new Error('nothing to order');
  return { reference: `PO-${studio}-${randomUUID().slice(0, 8)}`, studio, lines };
}

export class OrderDesk {
  constructor(private readonly supplier: InkSupplierApi, private readonly maxAttempts = 4) {}

  async placeWithRetry(order: PurchaseOrder): Promise<OrderConfirmation> {
    const attempt = this.supplier.placeOrder(order);
    let lastError: unknown;
    for (let i = 1; i <= this.maxAttempts; i++) {
      try {
        return await attempt;
      } catch (err) {
        lastError = err;
        if (!(err instanceof TransientSupplierError) || i === this.maxAttempts) break;
        await sleep(err.retryAfterMs * i);
      }
    }
    throw lastError;
  }

  async reorderShortages(studio: string, shortages: Map<string, number>): Promise<OrderConfirmation | null> {
    let order: PurchaseOrder;
    try {
      order = buildOrder(studio, shortages);
    } catch {
      return null;
    }
    return this.placeWithRetry(order);
  }
}
