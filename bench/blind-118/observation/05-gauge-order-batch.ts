// expect: no-unchecked-settled-results
// The allSettled results are filtered down to fulfilled confirmations and the rejected orders are silently dropped without their reasons ever being read or reported.
export type StringMaterial = 'gut' | 'nylon' | 'wound-copper' | 'wound-silver';

export interface StringOrder {
  octave: number;
  note: string;
  material: StringMaterial;
  gaugeMm: number;
  quantity: number;
}

export interface OrderConfirmation {
  orderRef: string;
  note: string;
  octave: number;
  unitPrice: number;
  quantity: number;
  shipsOn: string;
}

export interface WireSupplier {
  placeOrder(order: StringOrder): Promise<OrderConfirmation>;
}

export interface BatchSummary {
  requested: number;
  confirmed: OrderConfirmation[];
  totalCost: number;
  latestShipDate: string | null;
}

export function validateOrder(order: StringOrder): void {
  if (order.quantity <= 0) throw new Error(`quantity must be positive for ${order.note}${order.octave}`);
  if (order.gaugeMm < 0.5 || order.gaugeMm > 4.5) {
    throw new Error(`gauge ${order.gaugeMm}mm outside lever-harp range`);
  }
  if (order.material === 'gut' && order.octave <= 1) {
    throw new Error('bass octaves need wound strings, not plain gut');
  }
}

export async function placeGaugeOrders(supplier: WireSupplier, orders: StringOrder[]): Promise<BatchSummary> {
  orders.forEach(validateOrder);

  const results = await Promise.allSettled(orders.map((order) => supplier.placeOrder(order)));

  const confirmed = results
    .filter((r): r is PromiseFulfilledResult<OrderConfirmation> => r.status === 'fulfilled')
    .map((r) => r.value);

  const totalCost = confirmed.reduce((sum, c) => sum + c.unitPrice * c.quantity, 0);
  const latestShipDate = confirmed.reduce<string | null>(
    (latest, c) => (latest === null || c.shipsOn > latest ? c.shipsOn : latest),
    null,
  );

  return {
    requested: orders.length,
    confirmed,
    totalCost: Math.round(totalCost * 100) / 100,
    latestShipDate,
  };
}
