// expect: none
// The race's losers are cleaned up: the finally aborts the shared controller (cancelling every fetch) and clears the timer.
export interface FabricHit {
  shop: string;
  sku: string;
  title: string;
  pricePerMetreCents: number;
}

const SHOPS = ['https://fat-quarter.example', 'https://calico-corner.example', 'https://batting-barn.example'];

async function searchShop(base: string, query: string, signal: AbortSignal): Promise<FabricHit[]> {
  const res = await fetch(`${base}/search?q=${encodeURIComponent(query)}`, { signal });
  if (!res.ok) throw new Error(`${base} search failed: ${res.status}`);
  const hits = (await res.json()) as Omit<FabricHit, 'shop'>[];
  if (hits.length === 0) throw new Error(`${base} had no matches`);
  return hits.map((h) => ({ ...h, shop: base }));
}

export async function firstShopWithFabric(
  query: string,
  { timeoutMs = 3_000, signal }: { timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<FabricHit[]> {
  const controller = new AbortController();
  const onOuterAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onOuterAbort, { once: true });

  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no shop answered "${query}" within ${timeoutMs}ms`)), timeoutMs);
  });

  try {
    return await Promise.race([
      Promise.any(SHOPS.map((shop) => searchShop(shop, query, controller.signal))),
      deadline,
    ]);
  } finally {
    clearTimeout(timer);
    controller.abort();
    signal?.removeEventListener('abort', onOuterAbort);
  }
}

export async function cheapestBacking(widthCm: number, signal?: AbortSignal): Promise<FabricHit | undefined> {
  const hits = await firstShopWithFabric(`wide backing ${widthCm}cm`, { signal });
  return hits.reduce<FabricHit | undefined>(
    (best, h) => (!best || h.pricePerMetreCents < best.pricePerMetreCents ? h : best),
    undefined,
  );
}
