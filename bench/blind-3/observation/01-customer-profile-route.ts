// expect: no-unobserved-promise
// The orders query is started before the customer lookup is awaited; when the customer is missing the handler returns 404 without ever awaiting it, so a failing orders query (e.g. statement timeout) becomes an unhandled rejection that crashes the process.
import type { IncomingMessage, ServerResponse } from 'node:http';

interface Customer {
  id: string;
  name: string;
  email: string;
  tier: 'free' | 'pro' | 'enterprise';
}

interface OrderSummary {
  id: string;
  placedAt: string;
  totalCents: number;
  status: 'pending' | 'shipped' | 'cancelled';
}

declare const db: {
  customers: { findById(id: string): Promise<Customer | null> };
  orders: { recentForCustomer(id: string, limit: number): Promise<OrderSummary[]> };
};

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
  res.end(payload);
}

export async function getCustomerProfile(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const customerId = url.searchParams.get('id');
  if (!customerId) {
    return sendJson(res, 400, { error: 'missing id' });
  }
  const limit = Math.min(Number(url.searchParams.get('orders') ?? 10) || 10, 50);

  const customerQuery = db.customers.findById(customerId);
  const ordersQuery = db.orders.recentForCustomer(customerId, limit);

  try {
    const customer = await customerQuery;
    if (!customer) {
      return sendJson(res, 404, { error: 'customer not found', id: customerId });
    }
    const orders = await ordersQuery;
    const lifetimeCents = orders.filter((o) => o.status !== 'cancelled').reduce((sum, o) => sum + o.totalCents, 0);
    sendJson(res, 200, {
      customer: { id: customer.id, name: customer.name, tier: customer.tier },
      recentOrders: orders,
      recentSpendCents: lifetimeCents,
    });
  } catch (err) {
    console.error(`profile ${customerId} failed`, err);
    sendJson(res, 500, { error: 'internal error' });
  }
}
