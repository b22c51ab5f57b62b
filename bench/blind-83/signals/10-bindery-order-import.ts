// expect: none
// The signal goes to createReadStream, readline and events.once, and the loop calls throwIfAborted, so a cancel stops the import between lines.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { Writable } from 'node:stream';

interface BindingOrder {
  orderNo: string;
  title: string;
  binding: 'quarter-leather' | 'full-cloth' | 'limp-vellum' | 'case';
  copies: number;
  dueBy: string;
}

declare const orderBook: {
  insert(order: BindingOrder): Promise<void>;
};

const VALID_BINDINGS = new Set<BindingOrder['binding']>(['quarter-leather', 'full-cloth', 'limp-vellum', 'case']);

export function parseOrderLine(line: string): BindingOrder | null {
  const [orderNo, title, binding, copies, dueBy] = line.split('\t');
  if (!orderNo || !title || !VALID_BINDINGS.has(binding as BindingOrder['binding'])) return null;
  const n = Number.parseInt(copies ?? '', 10);
  if (!Number.isInteger(n) || n < 1 || Number.isNaN(Date.parse(dueBy ?? ''))) return null;
  return { orderNo, title: title.trim(), binding: binding as BindingOrder['binding'], copies: n, dueBy };
}

export interface ImportSummary {
  imported: number;
  rejected: number;
}

export async function importOrders(
  tsvPath: string,
  rejects: Writable,
  signal: AbortSignal,
): Promise<ImportSummary> {
  const input = createReadStream(tsvPath, { encoding: 'utf8', signal });
  const lines = createInterface({ input, crlfDelay: Infinity, signal });

  let imported = 0;
  let rejected = 0;
  let header = true;
  for await (const line of lines) {
    signal.throwIfAborted();
    if (header) {
      header = false;
      continue;
    }
    if (line.trim() === '') continue;
    const order = parseOrderLine(line);
    if (!order) {
      rejected += 1;
      if (!rejects.write(`${line}\n`)) {
        await once(rejects, 'drain', { signal });
      }
      continue;
    }
    await orderBook.insert(order);
    imported += 1;
  }
  signal.throwIfAborted();
  return { imported, rejected };
}

export function copiesDueWithin(orders: readonly BindingOrder[], days: number, now = Date.now()): number {
  const horizon = now + days * 86_400_000;
  return orders.filter((o) => Date.parse(o.dueBy) <= horizon).reduce((n, o) => n + o.copies, 0);
}
