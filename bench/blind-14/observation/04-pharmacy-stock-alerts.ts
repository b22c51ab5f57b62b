// expect: no-unchecked-settled-results
// Bug: Promise.allSettled results are only filtered for fulfilled entries; rejected stock lookups are silently dropped, so failing branches never alert.
interface StockLevel {
  branchId: string;
  sku: string;
  onHand: number;
  reorderPoint: number;
}

interface Branch {
  id: string;
  name: string;
  inventoryUrl: string;
}

declare const notifier: {
  page(channel: string, message: string): Promise<void>;
};

const WATCHED_SKUS = ['AMOX-500', 'INSUL-GLAR-100', 'SALB-INH-100', 'EPI-AUTO-03'];

async function fetchStock(branch: Branch, skus: string[]): Promise<StockLevel[]> {
  const url = new URL('/v2/stock', branch.inventoryUrl);
  url.searchParams.set('skus', skus.join(','));
  const res = await fetch(url, { signal: AbortSignal.timeout(8_000) });
  if (!res.ok) {
    throw new Error(`${branch.name}: inventory service returned ${res.status}`);
  }
  const body = (await res.json()) as { items: Omit<StockLevel, 'branchId'>[] };
  return body.items.map((i) => ({ ...i, branchId: branch.id }));
}

function formatAlert(low: StockLevel[], branches: Map<string, Branch>): string {
  const lines = low.map((s) => {
    const b = branches.get(s.branchId)?.name ?? s.branchId;
    return `• ${b}: ${s.sku} ${s.onHand} left (reorder at ${s.reorderPoint})`;
  });
  return `Low stock on ${low.length} item(s)\n${lines.join('\n')}`;
}

export async function runStockCheck(branches: Branch[]): Promise<StockLevel[]> {
  const byId = new Map(branches.map((b) => [b.id, b] as const));

  const results = await Promise.allSettled(branches.map((b) => fetchStock(b, WATCHED_SKUS)));

  const levels = results.filter((r): r is PromiseFulfilledResult<StockLevel[]> => r.status === 'fulfilled').flatMap((r) => r.value);

  const low = levels.filter((s) => s.onHand <= s.reorderPoint);
  if (low.length > 0) {
    await notifier.page('pharmacy-ops', formatAlert(low, byId));
  }
  return low;
}

export function scheduleStockChecks(branches: Branch[], everyMs = 15 * 60_000): () => void {
  let inFlight = false;
  const handle = setInterval(() => {
    if (inFlight) return;
    inFlight = true;
    runStockCheck(branches)
      .catch((err) => console.error('stock check failed', err))
      .finally(() => {
        inFlight = false;
      });
  }, everyMs);
  return () => clearInterval(handle);
}
