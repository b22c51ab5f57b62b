// HTTP handlers for a plain node:http server: GET /customers/:id returns a customer with their
// orders, GET /customers/:id/summary returns order totals for the signed-in customer.
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export interface Customer {
  id: string;
  name: string;
}

export interface Order {
  id: string;
  total: number;
}

export interface Store {
  findCustomer(id: string): Promise<Customer | undefined>;
  listOrders(customerId: string): Promise<Order[]>;
  recordView(userId: string, customerId: string): Promise<void>;
}

export interface Auth {
  verify(authorization: string): Promise<string | undefined>;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function getCustomer(res: ServerResponse, store: Store, id: string): Promise<void> {
  const customer = store.findCustomer(id);
  const orders = store.listOrders(id);
  const found = await customer;
  const list = await orders;
  if (!found) {
    sendJson(res, 404, { error: `customer ${id} not found` });
    return;
  }
  sendJson(res, 200, { ...found, orders: list });
}

async function getSummary(req: IncomingMessage, res: ServerResponse, store: Store, auth: Auth, id: string): Promise<void> {
  const orders = store.listOrders(id);
  const userId = await auth.verify(req.headers.authorization ?? '');
  if (userId !== id) {
    sendJson(res, 403, { error: 'forbidden' });
    return;
  }
  const list = await orders;
  sendJson(res, 200, { count: list.length, total: list.reduce((sum, order) => sum + order.total, 0) });
}

async function route(req: IncomingMessage, res: ServerResponse, store: Store, auth: Auth): Promise<void> {
  const [, resource, id, view] = new URL(req.url ?? '/', 'http://localhost').pathname.split('/');
  if (req.method !== 'GET' || resource !== 'customers' || !id) {
    sendJson(res, 404, { error: 'not found' });
    return;
  }
  if (view === 'summary') return getSummary(req, res, store, auth, id);
  const userId = await auth.verify(req.headers.authorization ?? '');
  if (userId) store.recordView(userId, id);
  await getCustomer(res, store, id);
}

export function createCustomerServer(store: Store, auth: Auth): Server {
  return createServer((req, res) => {
    route(req, res, store, auth).catch((error: unknown) => {
      console.error('request failed', error);
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
    });
  });
}
