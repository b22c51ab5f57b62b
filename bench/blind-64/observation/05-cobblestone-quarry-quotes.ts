// expect: no-unchecked-settled-results
// allSettled results are cast to PromiseFulfilledResult and `.value` is read without checking status, so one quarry outage yields undefined quotes and a TypeError.
export interface PavingOrder {
  orderId: string;
  stone: 'granite-sett' | 'basalt' | 'porphyry' | 'reclaimed';
  areaM2: number;
  deliveryPostcode: string;
  neededBy: string;
}

export interface Quarry {
  id: string;
  name: string;
  stones: PavingOrder['stone'][];
  maxM2PerWeek: number;
}

export interface Quote {
  quarryId: string;
  pricePerM2: number;
  deliveryEur: number;
  leadDays: number;
}

export interface RankedQuote extends Quote {
  totalEur: number;
  quarryName: string;
}

declare const quarryNetwork: {
  suppliersFor(stone: PavingOrder['stone']): Promise<Quarry[]>;
  requestQuote(quarryId: string, order: PavingOrder): Promise<Quote>;
};

declare const tenderLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
};

function daysUntil(isoDate: string): number {
  return Math.floor((new Date(isoDate).getTime() - Date.now()) / 86_400_000);
}

export async function gatherQuotes(order: PavingOrder): Promise<RankedQuote[]> {
  const suppliers = (await quarryNetwork.suppliersFor(order.stone)).filter(
    (q) => q.maxM2PerWeek * 4 >= order.areaM2,
  );
  if (suppliers.length === 0) {
    throw new Error(`no quarry can supply ${order.areaM2}m2 of ${order.stone}`);
  }

  const results = await Promise.allSettled(suppliers.map((q) => quarryNetwork.requestQuote(q.id, order)));
  const quotes = results.map((r) => (r as PromiseFulfilledResult<Quote>).value);

  const names = new Map(suppliers.map((q) => [q.id, q.name]));
  const deadline = daysUntil(order.neededBy);

  const ranked = quotes
    .filter((q) => q.leadDays <= deadline)
    .map((q) => ({
      ...q,
      quarryName: names.get(q.quarryId) ?? q.quarryId,
      totalEur: Math.round(q.pricePerM2 * order.areaM2 + q.deliveryEur),
    }))
    .sort((a, b) => a.totalEur - b.totalEur);

  tenderLog.info('quarry quotes gathered', {
    orderId: order.orderId,
    asked: suppliers.length,
    usable: ranked.length,
  });
  return ranked;
}

export async function cheapestQuote(order: PavingOrder): Promise<RankedQuote | undefined> {
  const ranked = await gatherQuotes(order);
  return ranked[0];
}

export function splitOrder(order: PavingOrder, ranked: RankedQuote[], maxShare = 0.6): Array<{ quarryId: string; m2: number }> {
  if (ranked.length < 2) return ranked.map((q) => ({ quarryId: q.quarryId, m2: order.areaM2 }));
  const first = Math.round(order.areaM2 * maxShare);
  return [
    { quarryId: ranked[0].quarryId, m2: first },
    { quarryId: ranked[1].quarryId, m2: order.areaM2 - first },
  ];
}
