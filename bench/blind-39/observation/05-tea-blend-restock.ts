// expect: no-unchecked-settled-results
// Supplier quotes come from Promise.allSettled but every result is cast to fulfilled and its value read, so one failed supplier yields undefined and breaks the ranking.
export interface BlendComponent {
  teaCode: string;
  origin: string;
  gramsPerKg: number;
}

export interface Blend {
  blendId: string;
  name: string;
  components: BlendComponent[];
}

export interface SupplierQuote {
  supplier: string;
  teaCode: string;
  pricePerKg: number;
  availableKg: number;
  shipDays: number;
}

declare const suppliers: Array<{
  name: string;
  quote(teaCode: string, kg: number): Promise<SupplierQuote>;
}>;

declare const warehouse: {
  stockKg(teaCode: string): Promise<number>;
  raisePurchaseOrder(quote: SupplierQuote, kg: number): Promise<{ poNumber: string }>;
};

const SAFETY_STOCK_KG = 25;

function requiredKg(blend: Blend, batchesPlanned: number, batchKg: number): Map<string, number> {
  const need = new Map<string, number>();
  for (const c of blend.components) {
    const kg = (c.gramsPerKg / 1000) * batchKg * batchesPlanned;
    need.set(c.teaCode, (need.get(c.teaCode) ?? 0) + kg);
  }
  return need;
}

function score(q: SupplierQuote, kg: number): number {
  const shortfall = Math.max(0, kg - q.availableKg);
  return q.pricePerKg * kg + shortfall * 1_000 + q.shipDays * 4;
}

async function bestQuote(teaCode: string, kg: number): Promise<SupplierQuote | undefined> {
  const settled = await Promise.allSettled(suppliers.map((s) => s.quote(teaCode, kg)));
  const quotes = settled.map((r) => (r as PromiseFulfilledResult<SupplierQuote>).value);
  const ranked = quotes
    .filter((q) => q.availableKg > 0)
    .sort((a, b) => score(a, kg) - score(b, kg));
  return ranked[0];
}

export async function restockForBlend(blend: Blend, batchesPlanned: number, batchKg = 50): Promise<string[]> {
  const purchaseOrders: string[] = [];
  const need = requiredKg(blend, batchesPlanned, batchKg);

  for (const [teaCode, kgNeeded] of need) {
    const onHand = await warehouse.stockKg(teaCode);
    const toBuy = Math.ceil(kgNeeded + SAFETY_STOCK_KG - onHand);
    if (toBuy <= 0) continue;

    const quote = await bestQuote(teaCode, toBuy);
    if (!quote) {
      throw new Error(`no supplier can provide ${teaCode} for blend ${blend.name}`);
    }
    const kg = Math.min(toBuy, quote.availableKg);
    const { poNumber } = await warehouse.raisePurchaseOrder(quote, kg);
    purchaseOrders.push(poNumber);
  }

  return purchaseOrders;
}

export function blendCostPerKg(blend: Blend, prices: Map<string, number>): number {
  let cost = 0;
  for (const c of blend.components) {
    const price = prices.get(c.teaCode);
    if (price === undefined) throw new Error(`no price for ${c.teaCode}`);
    cost += (c.gramsPerKg / 1000) * price;
  }
  return Math.round(cost * 100) / 100;
}
