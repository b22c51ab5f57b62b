// expect: no-unobserved-promise
// Both lookups start together, but `orders` is only awaited after `user` settles, so a rejection of `orders` while `user` is still pending (or after `user` throws) has no handler.
import type { IncomingMessage, ServerResponse } from "node:http";

interface User { id: string; name: string }
interface Order { id: string; total: number }

declare function loadUser(id: string): Promise<User>;
declare function loadRecentOrders(userId: string, limit: number): Promise<Order[]>;

function userIdFrom(req: IncomingMessage): string {
  const url = new URL(req.url ?? "/", "http://localhost");
  return url.searchParams.get("id") ?? "";
}

export async function profileHandler(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const id = userIdFrom(req);
  if (!id) {
    res.statusCode = 400;
    res.end("missing id");
    return;
  }

  const userP = loadUser(id);
  const ordersP = loadRecentOrders(id, 5);

  const user = await userP;
  const orders = await ordersP;

  res.setHeader("content-type", "application/json");
  res.end(JSON.stringify({ user, orders, spent: orders.reduce((s, o) => s + o.total, 0) }));
}
