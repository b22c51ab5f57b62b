// expect: none
// Both service calls are started up front but handed to Promise.all in the same tick, so a rejection from either is observed and surfaces as the handler's error.
import type { IncomingMessage, ServerResponse } from 'node:http';

interface Order {
  id: string;
  totalCents: number;
  status: 'open' | 'shipped' | 'refunded';
}
interface Invoice {
  id: string;
  dueAt: string;
  amountCents: number;
  paid: boolean;
}

declare const billing: {
  listOrders(accountId: string, opts: { limit: number }): Promise<Order[]>;
  listInvoices(accountId: string, opts: { unpaidOnly: boolean }): Promise<Invoice[]>;
};

declare function requireAccountId(req: IncomingMessage): string;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

export async function accountOverview(req: IncomingMessage, res: ServerResponse): Promise<void> {
  let accountId: string;
  try {
    accountId = requireAccountId(req);
  } catch {
    sendJson(res, 401, { error: 'unauthenticated' });
    return;
  }

  const ordersP = billing.listOrders(accountId, { limit: 20 });
  const invoicesP = billing.listInvoices(accountId, { unpaidOnly: true });

  try {
    const [orders, invoices] = await Promise.all([ordersP, invoicesP]);
    const overdue = invoices.filter((i) => Date.parse(i.dueAt) < Date.now());
    sendJson(res, 200, {
      openOrders: orders.filter((o) => o.status === 'open').length,
      lifetimeCents: orders.reduce((sum, o) => sum + (o.status === 'refunded' ? 0 : o.totalCents), 0),
      unpaidCents: invoices.reduce((sum, i) => sum + i.amountCents, 0),
      overdue: overdue.map((i) => i.id),
    });
  } catch (err) {
    console.error(`[overview] account ${accountId}`, err);
    sendJson(res, 502, { error: 'billing unavailable' });
  }
}
