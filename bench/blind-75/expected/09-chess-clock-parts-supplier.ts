// expect: no-uncalled-async-function
// For non-JSON replies the then-callback returns res.text (the method) rather than res.text(), so error bodies come back as a function.
export interface ClockPart {
  sku: string;
  name: string;
  kind: 'escapement' | 'flag' | 'rocker' | 'dial' | 'case';
  unitCents: number;
  leadDays: number;
}

export type SupplierReply<T> =
  | { ok: true; data: T }
  | { ok: false; status: number; message: string };

declare const supplierConfig: {
  baseUrl: string;
  apiKey: string;
};

declare const workbench: {
  partsNeeded(model: string, quantity: number): Promise<{ sku: string; count: number }[]>;
};

function request(path: string, init: RequestInit = {}): Promise<{ status: number; body: unknown }> {
  return fetch(`${supplierConfig.baseUrl}${path}`, {
    ...init,
    headers: {
      authorization: `Bearer ${supplierConfig.apiKey}`,
      accept: 'application/json',
      ...(init.body ? { 'content-type': 'application/json' } : {}),
    },
  }).then((res) =>
    (res.headers.get('content-type') ?? '').includes('json')
      ? res.json().then((body: unknown) => ({ status: res.status, body }))
      : { status: res.status, body: res.text },
  );
}

function toReply<T>(status: number, body: unknown): SupplierReply<T> {
  if (status >= 200 && status < 300) return { ok: true, data: body as T };
  const message =
    typeof body === 'string'
      ? body.slice(0, 200)
      : typeof body === 'object' && body && 'error' in body
        ? String((body as { error: unknown }).error)
        : `supplier returned ${status}`;
  return { ok: false, status, message };
}

export async function lookupPart(sku: string): Promise<SupplierReply<ClockPart>> {
  const { status, body } = await request(`/parts/${encodeURIComponent(sku)}`);
  return toReply<ClockPart>(status, body);
}

export async function placeOrder(
  lines: { sku: string; count: number }[],
): Promise<SupplierReply<{ orderId: string; etaDays: number }>> {
  const { status, body } = await request('/orders', {
    method: 'POST',
    body: JSON.stringify({ lines }),
  });
  return toReply(status, body);
}

export async function orderForBatch(model: string, quantity: number): Promise<string> {
  const needed = await workbench.partsNeeded(model, quantity);
  const priced: { sku: string; count: number; part: ClockPart }[] = [];
  for (const line of needed) {
    const reply = await lookupPart(line.sku);
    if (!reply.ok) throw new Error(`cannot price ${line.sku}: ${reply.message}`);
    priced.push({ ...line, part: reply.data });
  }

  const slowest = Math.max(0, ...priced.map((p) => p.part.leadDays));
  const totalCents = priced.reduce((sum, p) => sum + p.part.unitCents * p.count, 0);
  const order = await placeOrder(needed);
  if (!order.ok) throw new Error(`order rejected (${order.status}): ${order.message}`);
  return `order ${order.data.orderId}: ${priced.length} parts, $${(totalCents / 100).toFixed(2)}, ready in ${Math.max(slowest, order.data.etaDays)} days`;
}
