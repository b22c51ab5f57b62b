// expect: no-leaked-race
// withTimeout races the supplier fetch against a rejecting timer but never clears the timer when the fetch wins and never aborts the fetch when the timer wins, so the loser keeps running.
export interface ShoeStock {
  sku: string;
  pattern: 'front' | 'hind';
  size: string;
  material: 'steel' | 'aluminium';
  onHand: number;
  leadDays: number;
}

export interface StockQuery {
  sizes: string[];
  material: ShoeStock['material'];
}

const SUPPLIERS = [
  'https://api.anvilworks.example/stock',
  'https://stock.forgeline.example/v1/shoes',
  'https://b2b.horseshoe-direct.example/inventory',
];

class TimeoutError extends Error {
  constructor(label: string, ms: number) {
    super(`${label} did not answer within ${ms}ms`);
    this.name = 'TimeoutError';
  }
}

function withTimeout<T>(work: Promise<T>, ms: number, label: string): Promise<T> {
  const timeout = new Promise<never>((_, reject) => {
    setTimeout(() => reject(new TimeoutError(label, ms)), ms);
  });
  return Promise.race([work, timeout]);
}

async function querySupplier(base: string, query: StockQuery): Promise<ShoeStock[]> {
  const url = new URL(base);
  url.searchParams.set('material', query.material);
  for (const size of query.sizes) url.searchParams.append('size', size);
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`${url.host} returned ${res.status}`);
  return (await res.json()) as ShoeStock[];
}

export async function checkStock(query: StockQuery, timeoutMs = 4_000) {
  const settled = await Promise.allSettled(
    SUPPLIERS.map((base) => withTimeout(querySupplier(base, query), timeoutMs, new URL(base).host)),
  );

  const best = new Map<string, ShoeStock>();
  const unreachable: string[] = [];
  settled.forEach((result, i) => {
    if (result.status === 'rejected') {
      unreachable.push(`${new URL(SUPPLIERS[i]).host}: ${(result.reason as Error).message}`);
      return;
    }
    for (const item of result.value) {
      const key = `${item.pattern}-${item.size}`;
      const current = best.get(key);
      if (item.onHand > 0 && (!current || item.leadDays < current.leadDays)) best.set(key, item);
    }
  });

  return { best: [...best.values()], unreachable };
}

export function shortfall(query: StockQuery, best: ShoeStock[]): string[] {
  const missing: string[] = [];
  for (const size of query.sizes) {
    for (const pattern of ['front', 'hind'] as const) {
      if (!best.some((s) => s.size === size && s.pattern === pattern)) missing.push(`${pattern} ${size}`);
    }
  }
  return missing;
}
