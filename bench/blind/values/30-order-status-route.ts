// expect: no-promise-as-value
// res.json receives the un-awaited promise from orders.findStatus, so the client gets "{}" instead of the order status.

interface OrderStatus {
  orderId: string;
  state: 'pending' | 'shipped' | 'delivered';
  updatedAt: string;
}

interface Req {
  params: { orderId: string };
  user?: { id: string };
}

interface Res {
  status(code: number): Res;
  json(body: unknown): void;
}

declare const orders: {
  belongsTo(orderId: string, userId: string): Promise<boolean>;
  findStatus(orderId: string): Promise<OrderStatus>;
};

export async function getOrderStatus(req: Req, res: Res): Promise<void> {
  if (!req.user) {
    res.status(401).json({ error: 'unauthenticated' });
    return;
  }

  const owns = await orders.belongsTo(req.params.orderId, req.user.id);
  if (!owns) {
    res.status(404).json({ error: 'not found' });
    return;
  }

  res.status(200).json(orders.findStatus(req.params.orderId));
}
