// expect: none
// req.signal (combined with a route deadline) reaches every cancellable call: the DB query options, the pricing fetch via the helper's options object, and the retry back-off sleep, so a client disconnect stops all work.
import { setTimeout as sleep } from 'node:timers/promises';

interface QueryOptions {
  signal?: AbortSignal;
  label?: string;
}

declare const db: {
  query<T>(sql: string, params: readonly unknown[], options?: QueryOptions): Promise<T[]>;
};

interface OrderRow {
  id: string;
  sku: string;
  quantity: number;
  customer_id: string;
}

interface PriceQuote {
  sku: string;
  unitCents: number;
  currency: string;
}

async function fetchQuotes(skus: string[], init: { signal: AbortSignal; retries?: number }): Promise<PriceQuote[]> {
  const { signal, retries = 2 } = init;
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(`http://pricing.svc.cluster.local/quotes?skus=${skus.map(encodeURIComponent).join(',')}`, {
      signal,
    });
    if (res.ok) return (await res.json()) as PriceQuote[];
    if (res.status < 500 || attempt >= retries) throw new Error(`pricing responded ${res.status}`);
    await sleep(200 * 2 ** attempt, undefined, { signal });
  }
}

export async function GET(req: Request): Promise<Response> {
  const orderId = new URL(req.url).searchParams.get('orderId');
  if (!orderId) return Response.json({ error: 'orderId is required' }, { status: 400 });

  const signal = AbortSignal.any([req.signal, AbortSignal.timeout(4_000)]);
  const lines = await db.query<OrderRow>('select id, sku, quantity, customer_id from order_lines where order_id = $1', [orderId], {
    signal,
    label: 'order-summary',
  });
  if (lines.length === 0) return Response.json({ error: 'order not found' }, { status: 404 });

  const quotes = await fetchQuotes([...new Set(lines.map((l) => l.sku))], { signal });
  const bySku = new Map(quotes.map((q) => [q.sku, q]));
  const totalCents = lines.reduce((sum, l) => sum + (bySku.get(l.sku)?.unitCents ?? 0) * l.quantity, 0);

  return Response.json({
    orderId,
    customerId: lines[0].customer_id,
    items: lines.length,
    totalCents,
    currency: quotes[0]?.currency ?? 'USD',
  });
}
