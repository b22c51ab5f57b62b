// expect: none
// Async functions are handed over only where a function is expected (mapLimit worker, retry factory, Array#map), and every promise slot gets a call.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Stand {
  id: string;
  neighbourhood: string;
  cupsLeft: number;
  lemonsLeft: number;
  sugarKg: number;
}

export interface SupplyQuote {
  sku: 'cups' | 'lemons' | 'sugar';
  unitPrice: number;
  available: number;
}

export interface RestockResult {
  standId: string;
  ordered: Partial<Record<SupplyQuote['sku'], number>>;
  cost: number;
}

declare const supplier: {
  quote(sku: SupplyQuote['sku']): Promise<SupplyQuote>;
  order(standId: string, sku: SupplyQuote['sku'], quantity: number): Promise<{ cost: number }>;
};

declare const fleetDb: {
  activeStands(): Promise<Stand[]>;
  recordRestock(result: RestockResult): Promise<void>;
};

async function retry<T>(attempt: () => Promise<T>, tries = 3, baseDelayMs = 250): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await attempt();
    } catch (err) {
      lastError = err;
      await sleep(baseDelayMs * 2 ** i);
    }
  }
  throw lastError;
}

async function mapLimit<T, R>(items: readonly T[], limit: number, worker: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await worker(items[index]);
    }
  });
  await Promise.all(lanes);
  return results;
}

const TARGETS = { cups: 200, lemons: 60, sugar: 5 } as const;

function shortfall(stand: Stand): Array<[SupplyQuote['sku'], number]> {
  const needs: Array<[SupplyQuote['sku'], number]> = [
    ['cups', TARGETS.cups - stand.cupsLeft],
    ['lemons', TARGETS.lemons - stand.lemonsLeft],
    ['sugar', Math.ceil(TARGETS.sugar - stand.sugarKg)],
  ];
  return needs.filter(([, qty]) => qty > 0);
}

export async function restockFleet(concurrency = 4): Promise<RestockResult[]> {
  const [stands, quotes] = await Promise.all([
    fleetDb.activeStands(),
    Promise.all((['cups', 'lemons', 'sugar'] as const).map((sku) => retry(() => supplier.quote(sku)))),
  ]);
  const stock = new Map(quotes.map((q) => [q.sku, q.available]));

  const restockStand = async (stand: Stand): Promise<RestockResult> => {
    const result: RestockResult = { standId: stand.id, ordered: {}, cost: 0 };
    for (const [sku, wanted] of shortfall(stand)) {
      const quantity = Math.min(wanted, stock.get(sku) ?? 0);
      if (quantity === 0) continue;
      stock.set(sku, (stock.get(sku) ?? 0) - quantity);
      const { cost } = await retry(() => supplier.order(stand.id, sku, quantity));
      result.ordered[sku] = quantity;
      result.cost += cost;
    }
    await fleetDb.recordRestock(result);
    return result;
  };

  return mapLimit(stands, concurrency, restockStand);
}
