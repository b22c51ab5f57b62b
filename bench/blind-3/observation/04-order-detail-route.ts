// expect: none
// Both queries are started together but joined with Promise.all before anything else happens, so a rejection of either one is handled by the try/catch; the not-found check runs on the combined result.
import type { IncomingMessage, ServerResponse } from 'node:http';

interface Order {
  id: string;
  customerId: string;
  status: 'pending' | 'paid' | 'shipped' | 'refunded';
  totalCents: number;
}

interface Shipment {
  carrier: string;
  trackingNumber: string;
  eta: string | null;
}

declare const orderStore: {
  get(id: string): Promise<Order | null>;
};
declare const shipping: {
  shipmentsForOrder(orderId: string, opts?: { signal?: AbortSignal }): Promise<Shipment[]>;
};

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

export async function getOrderDetail(req: IncomingMessage, res: ServerResponse, orderId: string): Promise<void> {
  const viewerId = req.headers['x-customer-id'];
  if (typeof viewerId !== 'string') {
    return reply(res, 401, { error: 'unauthenticated' });
  }

  const orderQuery = orderStore.get(orderId);
  const shipmentsQuery = shipping.shipmentsForOrder(orderId, { signal: AbortSignal.timeout(3_000) });

  try {
    const [order, shipments] = await Promise.all([orderQuery, shipmentsQuery]);
    if (!order || order.customerId !== viewerId) {
      return reply(res, 404, { error: 'order not found' });
    }
    reply(res, 200, {
      ...order,
      shipments,
      allScheduled: shipments.every((s) => s.eta !== null),
    });
  } catch (err) {
    console.error(`order ${orderId}: detail lookup failed`, err);
    reply(res, 502, { error: 'upstream unavailable' });
  }
}
