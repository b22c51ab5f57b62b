// expect: no-promise-as-value
// `computeTotals` became async (it fetches tax rates), but its result is embedded unawaited in the webhook payload, so JSON.stringify serialises `totals` as {} and subscribers receive an order.paid event with no amounts.
import { createHmac, randomUUID } from 'node:crypto';

interface LineItem {
  sku: string;
  quantity: number;
  unitPriceCents: number;
}

interface Order {
  id: string;
  customerId: string;
  currency: string;
  shipTo: { country: string; region?: string };
  items: LineItem[];
}

declare const taxService: {
  rateFor(country: string, region: string | undefined, opts?: { signal?: AbortSignal }): Promise<number>;
};

declare const subscriptions: {
  endpointsFor(event: string): Promise<Array<{ url: string; secret: string }>>;
};

async function computeTotals(order: Order): Promise<{ subtotalCents: number; taxCents: number; totalCents: number }> {
  const subtotalCents = order.items.reduce((sum, item) => sum + item.quantity * item.unitPriceCents, 0);
  const rate = await taxService.rateFor(order.shipTo.country, order.shipTo.region);
  const taxCents = Math.round(subtotalCents * rate);
  return { subtotalCents, taxCents, totalCents: subtotalCents + taxCents };
}

function buildEvent(type: string, data: Record<string, unknown>): { id: string; body: string } {
  const id = randomUUID();
  return { id, body: JSON.stringify({ id, type, createdAt: new Date().toISOString(), data }) };
}

export async function publishOrderPaid(order: Order): Promise<void> {
  const event = buildEvent('order.paid', {
    orderId: order.id,
    customerId: order.customerId,
    currency: order.currency,
    itemCount: order.items.length,
    totals: computeTotals(order),
  });

  const endpoints = await subscriptions.endpointsFor('order.paid');
  const results = await Promise.allSettled(
    endpoints.map(async ({ url, secret }) => {
      const signature = createHmac('sha256', secret).update(event.body).digest('hex');
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-webhook-id': event.id, 'x-webhook-signature': signature },
        body: event.body,
        signal: AbortSignal.timeout(10_000),
      });
      if (!res.ok) throw new Error(`${url} responded ${res.status}`);
    }),
  );

  results.forEach((r, i) => {
    if (r.status === 'rejected') {
      console.error(`webhook delivery ${event.id} to ${endpoints[i].url} failed:`, r.reason);
    }
  });
}
