// expect: no-swallowed-abort
// The catch treats every abort as the 150 ms budget running out and returns the degraded empty shelf, so when the shopper disconnects the handler carries on, counts a budget miss and caches an empty shelf for that user.
import type { IncomingMessage, ServerResponse } from 'node:http';

interface Product {
  sku: string;
  title: string;
  priceCents: number;
}

interface Shelf {
  items: Product[];
  degraded: boolean;
}

declare const shelfCache: {
  get(key: string): Promise<Shelf | undefined>;
  set(key: string, value: Shelf, ttlSeconds: number): Promise<void>;
};
declare const metrics: { increment(name: string, tags?: Record<string, string>): void };

const RECS_URL = process.env.RECS_URL ?? 'http://recs.internal:8080';

async function fetchShelf(userId: string, signal: AbortSignal, budgetMs = 150): Promise<Shelf> {
  try {
    const res = await fetch(`${RECS_URL}/v2/shelf?user=${encodeURIComponent(userId)}`, {
      signal: AbortSignal.any([signal, AbortSignal.timeout(budgetMs)]),
      headers: { accept: 'application/json' },
    });
    if (!res.ok) throw new Error(`recs responded ${res.status}`);
    return { items: (await res.json()) as Product[], degraded: false };
  } catch (err) {
    if (err instanceof DOMException && (err.name === 'TimeoutError' || err.name === 'AbortError')) {
      metrics.increment('recs.budget_exceeded', { budget: String(budgetMs) });
      return { items: [], degraded: true };
    }
    throw err;
  }
}

export async function handleShelf(req: IncomingMessage, res: ServerResponse, userId: string): Promise<void> {
  const ac = new AbortController();
  const onClose = () => {
    if (!res.writableEnded) ac.abort();
  };
  res.on('close', onClose);
  try {
    const key = `shelf:${userId}`;
    let shelf = await shelfCache.get(key);
    if (!shelf) {
      shelf = await fetchShelf(userId, ac.signal);
      // degraded shelves are cached briefly to shed load while recs is struggling
      await shelfCache.set(key, shelf, shelf.degraded ? 60 : 300);
    }
    const body = JSON.stringify({ items: shelf.items, degraded: shelf.degraded });
    res.writeHead(200, {
      'content-type': 'application/json',
      'cache-control': 'private, max-age=30',
      vary: req.headers.cookie ? 'cookie' : 'accept',
    });
    res.end(body);
  } finally {
    res.off('close', onClose);
  }
}
