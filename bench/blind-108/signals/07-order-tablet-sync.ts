// expect: none
// The retry loop rethrows as soon as the failure is an abort (checked via signal.aborted before classifying the error) and both fetch and the backoff sleep take the signal, so closing a table cancels the sync instead of retrying it.
import { setTimeout as sleep } from 'node:timers/promises';

export interface TabletOrder {
  table: number;
  items: Array<{ sku: string; qty: number; note?: string }>;
  placedAt: string;
}

export interface SyncResult {
  accepted: number;
  rejected: Array<{ sku: string; reason: string }>;
}

export class KitchenRejected extends Error {
  constructor(readonly status: number) {
    super(`kitchen display rejected the order (HTTP ${status})`);
    this.name = 'KitchenRejected';
  }
}

function isTransient(err: unknown): boolean {
  if (err instanceof KitchenRejected) return err.status >= 500;
  return err instanceof TypeError;
}

export class OrderTabletSync {
  constructor(
    private readonly kitchenUrl: string,
    private readonly maxAttempts = 4,
  ) {}

  async push(order: TabletOrder, signal: AbortSignal): Promise<SyncResult> {
    let attempt = 0;
    for (;;) {
      attempt++;
      try {
        return await this.send(order, signal);
      } catch (err) {
        if (signal.aborted) throw err;
        if (!isTransient(err) || attempt >= this.maxAttempts) throw err;
      }
      await sleep(250 * 2 ** attempt, undefined, { signal });
    }
  }

  private async send(order: TabletOrder, signal: AbortSignal): Promise<SyncResult> {
    const res = await fetch(`${this.kitchenUrl}/tables/${order.table}/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(order),
      signal,
    });
    if (!res.ok) {
      await res.body?.cancel();
      throw new KitchenRejected(res.status);
    }
    return (await res.json()) as SyncResult;
  }
}

export function closeTable(controllers: Map<number, AbortController>, table: number): void {
  controllers.get(table)?.abort(new DOMException(`table ${table} closed`, 'AbortError'));
  controllers.delete(table);
}
