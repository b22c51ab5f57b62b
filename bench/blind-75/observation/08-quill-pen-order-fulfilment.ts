// expect: none
// The early return happens before any request starts, the parallel lookups are awaited together at once, and the fire-and-forget receipt email has its catch attached.
export interface OrderLine {
  sku: string;
  quantity: number;
}

export interface Order {
  orderId: string;
  customerId: string;
  lines: OrderLine[];
  status: 'new' | 'packed' | 'cancelled';
}

export interface Customer {
  id: string;
  name: string;
  email: string;
  prefersGoldNibs: boolean;
}

export interface PackingSlip {
  orderId: string;
  customer: string;
  items: { sku: string; quantity: number; shelf: string }[];
}

declare const orders: {
  get(orderId: string): Promise<Order | null>;
  markPacked(orderId: string): Promise<void>;
};

declare const customers: {
  get(customerId: string): Promise<Customer>;
};

declare const inventory: {
  shelvesFor(skus: string[]): Promise<Record<string, string>>;
};

declare const mailer: {
  sendPackedNotice(to: string, orderId: string): Promise<void>;
};

declare const shopLog: {
  warn(message: string, fields?: Record<string, unknown>): void;
};

export async function packOrder(orderId: string): Promise<PackingSlip | null> {
  const order = await orders.get(orderId);
  if (!order || order.status !== 'new') return null;
  if (order.lines.length === 0) return null;

  const [customer, shelves] = await Promise.all([
    customers.get(order.customerId),
    inventory.shelvesFor(order.lines.map((line) => line.sku)),
  ]);

  const unshelved = order.lines.filter((line) => !shelves[line.sku]);
  if (unshelved.length > 0) {
    throw new Error(`no shelf for ${unshelved.map((l) => l.sku).join(', ')} in order ${orderId}`);
  }

  const slip: PackingSlip = {
    orderId,
    customer: customer.prefersGoldNibs ? `${customer.name} (gold nibs)` : customer.name,
    items: order.lines
      .map((line) => ({ sku: line.sku, quantity: line.quantity, shelf: shelves[line.sku] }))
      .sort((a, b) => a.shelf.localeCompare(b.shelf)),
  };

  await orders.markPacked(orderId);
  mailer.sendPackedNotice(customer.email, orderId).catch((err: unknown) => {
    shopLog.warn('packed notice not sent', { orderId, err: String(err) });
  });
  return slip;
}

export async function packBatch(orderIds: string[]): Promise<PackingSlip[]> {
  const slips: PackingSlip[] = [];
  for (const orderId of orderIds) {
    const slip = await packOrder(orderId);
    if (slip) slips.push(slip);
  }
  return slips;
}
