// expect: no-unobserved-promise
// The pending-donations request starts before two other awaits and gets no handler until later; if it rejects meanwhile, the rejection is unhandled.
export interface StockItem {
  sku: string;
  category: 'canned' | 'dry' | 'produce' | 'dairy' | 'hygiene' | 'infant';
  units: number;
  expiresOn?: string;
}

interface PendingDonation {
  donorId: string;
  sku: string;
  units: number;
  expectedOn: string;
}

export interface RestockLine {
  sku: string;
  category: StockItem['category'];
  onHand: number;
  incoming: number;
  forecastDemand: number;
  orderUnits: number;
}

declare const inventory: {
  load(pantryId: string): Promise<StockItem[]>;
};

declare const donorApi: {
  listPendingDonations(pantryId: string): Promise<PendingDonation[]>;
};

declare const demandModel: {
  forecast(pantryId: string, weeks: number): Promise<Record<string, number>>;
};

const SAFETY_STOCK: Record<StockItem['category'], number> = {
  canned: 40,
  dry: 60,
  produce: 0,
  dairy: 10,
  hygiene: 25,
  infant: 15,
};

function usableUnits(item: StockItem, horizon: Date): number {
  if (!item.expiresOn) return item.units;
  return new Date(item.expiresOn) > horizon ? item.units : 0;
}

function tally(donations: PendingDonation[], horizon: Date): Map<string, number> {
  const incoming = new Map<string, number>();
  for (const d of donations) {
    if (new Date(d.expectedOn) > horizon) continue;
    incoming.set(d.sku, (incoming.get(d.sku) ?? 0) + d.units);
  }
  return incoming;
}

export async function buildRestockPlan(pantryId: string, weeks = 2): Promise<RestockLine[]> {
  const horizon = new Date(Date.now() + weeks * 7 * 24 * 60 * 60 * 1000);

  const pendingDonations = donorApi.listPendingDonations(pantryId);
  const stock = await inventory.load(pantryId);
  const forecast = await demandModel.forecast(pantryId, weeks);
  const incoming = tally(await pendingDonations, horizon);

  const lines: RestockLine[] = [];
  for (const item of stock) {
    const onHand = usableUnits(item, horizon);
    const expected = incoming.get(item.sku) ?? 0;
    const demand = Math.ceil(forecast[item.sku] ?? 0);
    const target = demand + SAFETY_STOCK[item.category];
    const orderUnits = Math.max(0, target - onHand - expected);
    lines.push({
      sku: item.sku,
      category: item.category,
      onHand,
      incoming: expected,
      forecastDemand: demand,
      orderUnits,
    });
  }

  return lines
    .filter((line) => line.orderUnits > 0)
    .sort((a, b) => {
      const urgentA = a.category === 'infant' ? 0 : 1;
      const urgentB = b.category === 'infant' ? 0 : 1;
      return urgentA - urgentB || b.orderUnits - a.orderUnits;
    });
}
