// expect: no-swallowed-abort
// retry() treats the AbortError from a cancelled order like any network failure: it retries, and after the last attempt it throws a generic "failed after N attempts" error, so the caller's cancellation is lost.
import { setTimeout as sleep } from 'node:timers/promises';

export interface FibreOrder {
  supplier: string;
  fibre: 'manila' | 'hemp' | 'sisal' | 'cotton';
  bales: number;
  deliverBy: string;
  reference: string;
}

export interface OrderReceipt {
  confirmation: string;
  estimatedDispatch: string;
}

export class OrderFailedError extends Error {
  constructor(message: string, readonly attempts: number, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'OrderFailedError';
  }
}

export async function retry<T>(
  fn: (attempt: number) => Promise<T>,
  { attempts = 5, delayMs = 1_000 }: { attempts?: number; delayMs?: number } = {},
): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      lastError = err;
      console.warn(`attempt ${attempt}/${attempts} failed:`, err instanceof Error ? err.message : err);
      if (attempt < attempts) await sleep(delayMs * attempt);
    }
  }
  throw new OrderFailedError(`failed after ${attempts} attempts`, attempts, { cause: lastError });
}

async function postOrder(apiBase: string, order: FibreOrder, signal: AbortSignal): Promise<OrderReceipt> {
  const res = await fetch(`${apiBase}/orders`, {
    method: 'POST',
    signal,
    headers: { 'content-type': 'application/json', 'idempotency-key': order.reference },
    body: JSON.stringify(order),
  });
  if (res.status === 409) {
    return (await res.json()) as OrderReceipt; // already placed under this reference
  }
  if (!res.ok) throw new Error(`supplier ${order.supplier} answered ${res.status}`);
  return (await res.json()) as OrderReceipt;
}

export async function placeFibreOrder(
  apiBase: string,
  order: FibreOrder,
  signal: AbortSignal,
): Promise<OrderReceipt> {
  return retry(() => postOrder(apiBase, order, signal), { attempts: 4, delayMs: 2_000 });
}

export async function restockRopewalk(
  apiBase: string,
  orders: FibreOrder[],
  signal: AbortSignal,
): Promise<Map<string, OrderReceipt>> {
  const receipts = new Map<string, OrderReceipt>();
  for (const order of orders) {
    signal.throwIfAborted();
    receipts.set(order.reference, await placeFibreOrder(apiBase, order, signal));
  }
  return receipts;
}
