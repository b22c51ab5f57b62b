// expect: none
// Correct: both lookups are started together and immediately joined with Promise.all, and the early return happens before either is started.
export interface OrderLine {
  sku: string;
  qty: number;
}

export interface BinderyOrder {
  id: string;
  customer: string;
  binding: 'case' | 'perfect' | 'coptic' | 'saddle';
  lines: OrderLine[];
}

interface Material {
  sku: string;
  onHand: number;
  leadDays: number;
}

interface Customer {
  id: string;
  tradeDiscount: number;
  onHold: boolean;
}

declare const inventory: { lookup(skus: string[]): Promise<Material[]> };
declare const crm: { customer(id: string): Promise<Customer> };
declare const orders: { insert(o: BinderyOrder, meta: Record<string, unknown>): Promise<void> };

export type ImportResult =
  | { status: 'imported'; id: string; shortfall: OrderLine[]; discount: number }
  | { status: 'rejected'; id: string; reason: string };

export async function importOrder(order: BinderyOrder): Promise<ImportResult> {
  if (order.lines.length === 0) {
    return { status: 'rejected', id: order.id, reason: 'empty order' };
  }
  if (order.binding === 'coptic' && order.lines.some((l) => l.qty > 50)) {
    return { status: 'rejected', id: order.id, reason: 'coptic runs are capped at 50 copies' };
  }

  const materialsP = inventory.lookup(order.lines.map((l) => l.sku));
  const customerP = crm.customer(order.customer);
  const [materials, customer] = await Promise.all([materialsP, customerP]);

  if (customer.onHold) {
    return { status: 'rejected', id: order.id, reason: 'customer account on hold' };
  }

  const bySku = new Map(materials.map((m) => [m.sku, m]));
  const shortfall = order.lines
    .filter((l) => (bySku.get(l.sku)?.onHand ?? 0) < l.qty)
    .map((l) => ({ sku: l.sku, qty: l.qty - (bySku.get(l.sku)?.onHand ?? 0) }));

  await orders.insert(order, {
    discount: customer.tradeDiscount,
    maxLeadDays: Math.max(0, ...materials.map((m) => m.leadDays)),
  });

  return { status: 'imported', id: order.id, shortfall, discount: customer.tradeDiscount };
}

export async function importAll(batch: BinderyOrder[]): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  for (const order of batch) {
    results.push(await importOrder(order));
  }
  return results;
}
