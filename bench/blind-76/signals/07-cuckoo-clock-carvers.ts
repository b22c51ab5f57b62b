// expect: none
// The retry loop retries only ordinary failures: an abort is detected and rethrown, and the backoff delay itself is abortable.
import { setTimeout as delay } from 'node:timers/promises';

export interface MovementPart {
  sku: string;
  description: string;
  quantity: number;
  unitPriceCents: number;
}

export interface PartsOrder {
  orderId: string;
  workshop: string;
  parts: MovementPart[];
}

declare const supplier: {
  url: string;
  apiKey: string;
};

export class SupplierHttpError extends Error {
  constructor(
    readonly status: number,
    readonly retryable: boolean,
  ) {
    super(`supplier responded ${status}`);
    this.name = 'SupplierHttpError';
  }
}

function isAbort(err: unknown, signal?: AbortSignal): boolean {
  return signal?.aborted === true || (err instanceof Error && err.name === 'AbortError');
}

export async function requestWithRetry(
  path: string,
  body: unknown,
  { signal, attempts = 4 }: { signal?: AbortSignal; attempts?: number } = {},
): Promise<unknown> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      const res = await fetch(`${supplier.url}${path}`, {
        method: 'POST',
        signal,
        headers: { 'content-type': 'application/json', 'x-api-key': supplier.apiKey },
        body: JSON.stringify(body),
      });
      if (!res.ok) throw new SupplierHttpError(res.status, res.status === 429 || res.status >= 500);
      return await res.json();
    } catch (err) {
      if (isAbort(err, signal)) throw err;
      if (err instanceof SupplierHttpError && !err.retryable) throw err;
      lastError = err;
    }
    if (attempt < attempts - 1) {
      await delay(300 * 2 ** attempt, undefined, { signal });
    }
  }
  throw lastError;
}

function validate(order: PartsOrder): void {
  if (order.parts.length === 0) throw new Error(`order ${order.orderId} has no parts`);
  for (const part of order.parts) {
    if (part.quantity <= 0) throw new Error(`order ${order.orderId}: bad quantity for ${part.sku}`);
  }
}

export async function placePartsOrder(order: PartsOrder, signal?: AbortSignal): Promise<{ confirmation: string; totalCents: number }> {
  validate(order);
  const totalCents = order.parts.reduce((sum, p) => sum + p.quantity * p.unitPriceCents, 0);
  const response = (await requestWithRetry(
    '/orders',
    {
      reference: order.orderId,
      shipTo: order.workshop,
      lines: order.parts.map((p) => ({ sku: p.sku, qty: p.quantity })),
    },
    { signal },
  )) as { confirmation: string };
  return { confirmation: response.confirmation, totalCents };
}
