// expect: no-swallowed-abort
// Every fetch failure, including a cancelled request's AbortError, is rewrapped as SupplierUnavailableError, so cancelling marks suppliers down and triggers failover.
export interface RibbonOrder {
  orderId: string;
  spoolType: 'universal' | 'twin-spool-olympia' | 'ibm-selectric' | 'hermes-3000';
  colour: 'black' | 'black-red' | 'blue';
  quantity: number;
  shipTo: string;
}

export interface Supplier {
  supplierId: string;
  endpoint: string;
  stocks: RibbonOrder['spoolType'][];
}

export interface PlacedOrder {
  orderId: string;
  supplierId: string;
  confirmation: string;
  dispatchBy: string;
}

declare const supplierHealth: {
  isDown(supplierId: string): boolean;
  recordFailure(supplierId: string): void;
  recordSuccess(supplierId: string): void;
};

export class SupplierUnavailableError extends Error {
  constructor(readonly supplierId: string, options?: { cause?: unknown }) {
    super(`supplier ${supplierId} is unavailable`, options);
    this.name = 'SupplierUnavailableError';
  }
}

export class OrderRejectedError extends Error {
  constructor(readonly supplierId: string, readonly status: number, detail: string) {
    super(`supplier ${supplierId} rejected order (${status}): ${detail}`);
    this.name = 'OrderRejectedError';
  }
}

async function placeWith(supplier: Supplier, order: RibbonOrder, signal: AbortSignal): Promise<PlacedOrder> {
  let res: Response;
  try {
    res = await fetch(`${supplier.endpoint}/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': order.orderId },
      body: JSON.stringify(order),
      signal,
    });
  } catch (err) {
    supplierHealth.recordFailure(supplier.supplierId);
    throw new SupplierUnavailableError(supplier.supplierId, { cause: err });
  }
  if (res.status >= 500) {
    supplierHealth.recordFailure(supplier.supplierId);
    throw new SupplierUnavailableError(supplier.supplierId);
  }
  if (!res.ok) throw new OrderRejectedError(supplier.supplierId, res.status, await res.text());
  supplierHealth.recordSuccess(supplier.supplierId);
  const body = (await res.json()) as { confirmation: string; dispatchBy: string };
  return { orderId: order.orderId, supplierId: supplier.supplierId, ...body };
}

export async function placeRibbonOrder(
  order: RibbonOrder,
  suppliers: Supplier[],
  signal: AbortSignal,
): Promise<PlacedOrder> {
  const candidates = suppliers.filter((s) => s.stocks.includes(order.spoolType) && !supplierHealth.isDown(s.supplierId));
  if (candidates.length === 0) throw new Error(`nobody can supply ${order.spoolType} ribbons right now`);

  let lastError: unknown;
  for (const supplier of candidates) {
    try {
      return await placeWith(supplier, order, signal);
    } catch (err) {
      if (!(err instanceof SupplierUnavailableError)) throw err;
      lastError = err;
    }
  }
  throw lastError;
}
