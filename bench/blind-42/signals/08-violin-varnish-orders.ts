// expect: none
// supplierStock converts ordinary failures into an "unknown" result but rethrows AbortError, and the signal is passed to every fetch.
export interface ResinOrder {
  resin: 'amber' | 'mastic' | 'sandarac' | 'colophony' | 'benzoin';
  grams: number;
}

export interface StockAnswer {
  supplier: string;
  resin: ResinOrder['resin'];
  status: 'in-stock' | 'backorder' | 'unknown';
  pricePer100g?: number;
}

declare const suppliers: Array<{ name: string; stockUrl: string; orderUrl: string }>;

declare const workshopLog: {
  note(msg: string): void;
};

function isAbort(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError');
}

async function supplierStock(
  supplier: { name: string; stockUrl: string },
  resin: ResinOrder['resin'],
  signal: AbortSignal,
): Promise<StockAnswer> {
  try {
    const res = await fetch(`${supplier.stockUrl}?resin=${resin}`, { signal });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const body = (await res.json()) as { available: boolean; price_per_100g?: number };
    return {
      supplier: supplier.name,
      resin,
      status: body.available ? 'in-stock' : 'backorder',
      pricePer100g: body.price_per_100g,
    };
  } catch (err) {
    if (isAbort(err)) throw err;
    workshopLog.note(`${supplier.name} stock check failed for ${resin}: ${(err as Error).message}`);
    return { supplier: supplier.name, resin, status: 'unknown' };
  }
}

export async function bestSource(resin: ResinOrder['resin'], signal: AbortSignal): Promise<StockAnswer | undefined> {
  const answers: StockAnswer[] = [];
  for (const supplier of suppliers) {
    answers.push(await supplierStock(supplier, resin, signal));
  }
  return answers
    .filter((a) => a.status === 'in-stock')
    .sort((a, b) => (a.pricePer100g ?? Infinity) - (b.pricePer100g ?? Infinity))[0];
}

export async function placeVarnishOrder(orders: ResinOrder[], signal: AbortSignal): Promise<string[]> {
  const confirmations: string[] = [];
  for (const order of orders) {
    const source = await bestSource(order.resin, signal);
    if (!source) {
      workshopLog.note(`no supplier has ${order.resin} in stock; cooking the next batch without it`);
      continue;
    }
    const supplier = suppliers.find((s) => s.name === source.supplier)!;
    const res = await fetch(supplier.orderUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(order),
      signal,
    });
    if (!res.ok) throw new Error(`order for ${order.resin} at ${supplier.name} failed: ${res.status}`);
    const { confirmation } = (await res.json()) as { confirmation: string };
    confirmations.push(confirmation);
  }
  return confirmations;
}
