// expect: none
// The caller's signal reaches fetch through a RequestInit built by requestInit(), reaches the queue through a spread options object, and is checked between line items.
export interface PartLine {
  sku: string;
  description: string;
  quantity: number;
}

export interface PartsOrder {
  id: string;
  repairTicket: string;
  supplier: 'tonewood-direct' | 'strings-and-co' | 'bridge-blanks';
  lines: PartLine[];
}

export interface OrderConfirmation {
  orderId: string;
  supplierRef: string;
  expectedDispatch: string;
}

interface QueueOptions {
  priority: 'normal' | 'rush';
  signal?: AbortSignal;
}

declare const supplierQueue: {
  enqueue(orderId: string, payload: unknown, opts: QueueOptions): Promise<void>;
};

declare const stockCheck: {
  available(sku: string, opts: { signal?: AbortSignal }): Promise<number>;
};

const SUPPLIER_URLS: Record<PartsOrder['supplier'], string> = {
  'tonewood-direct': 'https://api.tonewood.example/orders',
  'strings-and-co': 'https://orders.stringsandco.example/v1',
  'bridge-blanks': 'https://bridgeblanks.example/api/purchase',
};

const BASE_QUEUE_OPTIONS: QueueOptions = { priority: 'normal' };

function requestInit(signal: AbortSignal, body?: unknown): RequestInit {
  return {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      'content-type': 'application/json',
      'x-workshop': 'north-street-luthiers',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
  };
}

async function shortfall(order: PartsOrder, signal: AbortSignal): Promise<PartLine[]> {
  const missing: PartLine[] = [];
  for (const line of order.lines) {
    signal.throwIfAborted();
    const onHand = await stockCheck.available(line.sku, { signal });
    if (onHand < line.quantity) {
      missing.push({ ...line, quantity: line.quantity - onHand });
    }
  }
  return missing;
}

export async function placePartsOrder(
  order: PartsOrder,
  signal: AbortSignal,
  rush = false,
): Promise<OrderConfirmation | null> {
  const missing = await shortfall(order, signal);
  if (missing.length === 0) {
    return null;
  }

  const init = requestInit(signal, {
    reference: `${order.id}/${order.repairTicket}`,
    lines: missing.map((l) => ({ sku: l.sku, qty: l.quantity })),
  });
  const res = await fetch(SUPPLIER_URLS[order.supplier], init);
  if (res.status === 409 || res.status === 503) {
    await supplierQueue.enqueue(order.id, { supplier: order.supplier, missing }, {
      ...BASE_QUEUE_OPTIONS,
      priority: rush ? 'rush' : 'normal',
      signal,
    });
    return null;
  }
  if (!res.ok) {
    throw new Error(`${order.supplier} rejected order ${order.id}: ${res.status}`);
  }

  const body = (await res.json()) as { ref: string; dispatch: string };
  return { orderId: order.id, supplierRef: body.ref, expectedDispatch: body.dispatch };
}
