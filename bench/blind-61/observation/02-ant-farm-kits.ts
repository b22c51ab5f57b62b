// expect: none
// The stock check is started early but gets its rejection handler attached in the same expression, so awaiting the packaging lookup first cannot leave an unhandled rejection.
export interface KitOrder {
  orderId: string;
  sku: string;
  species: "harvester" | "carpenter" | "leafcutter";
  quantity: number;
  shipTo: { country: string; postcode: string };
}

export interface PackPlan {
  orderId: string;
  boxSize: "S" | "M" | "L";
  liveAntVoucher: boolean;
  warnings: string[];
}

type StockResult = { ok: true; onHand: number } | { ok: false; error: unknown };

declare const inventory: {
  onHand(sku: string): Promise<number>;
};
declare const packaging: {
  boxFor(sku: string, quantity: number): Promise<PackPlan["boxSize"]>;
};
declare const speciesRules: {
  allowed(species: KitOrder["species"], country: string): Promise<boolean>;
};
declare const warehouse: {
  submit(plan: PackPlan): Promise<void>;
};

const NO_LIVE_SHIPPING = new Set(["AU", "NZ"]);

export async function planPacking(order: KitOrder): Promise<PackPlan> {
  const stock: Promise<StockResult> = inventory.onHand(order.sku).then(
    (onHand): StockResult => ({ ok: true, onHand }),
    (error: unknown): StockResult => ({ ok: false, error }),
  );

  const [boxSize, speciesAllowed] = await Promise.all([
    packaging.boxFor(order.sku, order.quantity),
    speciesRules.allowed(order.species, order.shipTo.country),
  ]);

  const warnings: string[] = [];
  const stockResult = await stock;
  if (!stockResult.ok) {
    warnings.push(`stock lookup failed, packing on trust: ${String(stockResult.error)}`);
  } else if (stockResult.onHand < order.quantity) {
    throw new Error(
      `order ${order.orderId}: ${order.quantity} × ${order.sku} requested, ${stockResult.onHand} on hand`,
    );
  }

  const liveAntVoucher = speciesAllowed && !NO_LIVE_SHIPPING.has(order.shipTo.country);
  if (!liveAntVoucher) {
    warnings.push(`no live ants to ${order.shipTo.country}; kit ships with a gel habitat only`);
  }

  return { orderId: order.orderId, boxSize, liveAntVoucher, warnings };
}

export async function packAll(orders: readonly KitOrder[]): Promise<{ sent: number; failed: string[] }> {
  let sent = 0;
  const failed: string[] = [];
  for (const order of orders) {
    try {
      const plan = await planPacking(order);
      await warehouse.submit(plan);
      sent += 1;
    } catch (err) {
      failed.push(`${order.orderId}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return { sent, failed };
}
