// expect: none
// Every fetch/json promise is awaited (or read inside its .then callback) before it reaches a template string, `||` fallback, comparison or JSON.stringify.
export interface WholesaleOrder {
  cafeId: string;
  loaves: Record<string, number>; // product code -> count
  deliverBy: string; // ISO time
}

interface StarterStatus {
  name: string;
  lastFedAt: string;
  riseRatio: number;
}

const API_BASE = 'https://bakehouse.internal/api';
const LOAF_FLOUR_GRAMS: Record<string, number> = { COUNTRY: 500, RYE: 450, SEEDED: 520, SPELT: 480 };

async function getJson<T>(path: string, timeoutMs = 5_000): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await fetch(`${API_BASE}${path}`, { signal: controller.signal });
    if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
    return (await res.json()) as T;
  } finally {
    clearTimeout(timer);
  }
}

export async function planOvernightBake(date: string): Promise<string> {
  const [orders, starter] = await Promise.all([
    getJson<WholesaleOrder[]>(`/orders?date=${encodeURIComponent(date)}`),
    getJson<StarterStatus>('/starters/levain-main'),
  ]);

  const flourByProduct = new Map<string, number>();
  for (const order of orders) {
    for (const [code, count] of Object.entries(order.loaves)) {
      const grams = (LOAF_FLOUR_GRAMS[code] || 500) * count;
      flourByProduct.set(code, (flourByProduct.get(code) ?? 0) + grams);
    }
  }
  const totalFlour = [...flourByProduct.values()].reduce((a, b) => a + b, 0);
  // levain at 20% of flour weight, fed 1:5:5 roughly eight hours before mixing
  const levainGrams = Math.ceil(totalFlour * 0.2);
  const starterReady = starter.riseRatio >= 2;

  const plan = {
    date,
    orders: orders.length,
    flourKg: +(totalFlour / 1000).toFixed(1),
    levainGrams,
    starter: starter.name,
    feedFirst: !starterReady,
  };

  const res = await fetch(`${API_BASE}/bake-plans`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(plan),
  });
  const saved = (await res.json()) as { id?: string };
  return `Plan ${saved.id || 'unsaved'}: ${plan.flourKg} kg flour, ${levainGrams} g levain${starterReady ? '' : ' (feed starter first)'}`;
}

export function watchStarter(onStatus: (line: string) => void): () => void {
  const timer = setInterval(() => {
    getJson<StarterStatus>('/starters/levain-main', 3_000)
      .then((s) => {
        const peaked = s.riseRatio >= 2.5;
        onStatus(`${s.name}: x${s.riseRatio.toFixed(1)} since ${s.lastFedAt}${peaked ? ' - ready to mix' : ''}`);
      })
      .catch((err: unknown) => onStatus(`starter sensor unreachable: ${String(err)}`));
  }, 15 * 60_000);
  return () => clearInterval(timer);
}
