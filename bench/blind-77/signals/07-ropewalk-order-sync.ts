// expect: none
// Correct: the caller's signal travels inside the RequestInit built by requestInit() (combined with a timeout via AbortSignal.any) and into the backoff sleep.
import { setTimeout as sleep } from 'node:timers/promises';

export interface RopeOrder {
  orderId: string;
  fibre: 'manila' | 'hemp' | 'sisal';
  diameterMm: number;
  lengthM: number;
  strands: 3 | 4;
  dueBy: string;
}

export interface WalkRequestOptions {
  signal: AbortSignal;
  timeoutMs: number;
  idempotencyKey?: string;
}

declare const chandleryApi: { baseUrl: string; token: string };

function requestInit(opts: WalkRequestOptions, init: RequestInit = {}): RequestInit {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${chandleryApi.token}`);
  headers.set('accept', 'application/json');
  if (opts.idempotencyKey) headers.set('idempotency-key', opts.idempotencyKey);
  return {
    ...init,
    headers,
    signal: AbortSignal.any([opts.signal, AbortSignal.timeout(opts.timeoutMs)]),
  };
}

async function pageOfOrders(cursor: string | null, opts: WalkRequestOptions): Promise<{ orders: RopeOrder[]; next: string | null }> {
  const url = new URL('/orders', chandleryApi.baseUrl);
  url.searchParams.set('status', 'accepted');
  if (cursor) url.searchParams.set('cursor', cursor);

  const res = await fetch(url, requestInit(opts));
  if (res.status === 429) {
    const retryAfterS = Number(res.headers.get('retry-after') ?? '2');
    await sleep(retryAfterS * 1000, undefined, { signal: opts.signal });
    return pageOfOrders(cursor, opts);
  }
  if (!res.ok) throw new Error(`order listing failed: HTTP ${res.status}`);
  return (await res.json()) as { orders: RopeOrder[]; next: string | null };
}

export async function syncAcceptedOrders(opts: WalkRequestOptions): Promise<RopeOrder[]> {
  const all: RopeOrder[] = [];
  let cursor: string | null = null;
  do {
    const page = await pageOfOrders(cursor, opts);
    all.push(...page.orders);
    cursor = page.next;
  } while (cursor);
  return all.sort((a, b) => a.dueBy.localeCompare(b.dueBy));
}

export async function markLaid(orderId: string, walkNo: number, opts: WalkRequestOptions): Promise<void> {
  const res = await fetch(
    `${chandleryApi.baseUrl}/orders/${orderId}/laid`,
    requestInit(
      { ...opts, idempotencyKey: `${orderId}:${walkNo}` },
      { method: 'POST', body: JSON.stringify({ walkNo }), headers: { 'content-type': 'application/json' } },
    ),
  );
  if (!res.ok) throw new Error(`marking ${orderId} laid failed: HTTP ${res.status}`);
}

export function yarnsNeeded(order: RopeOrder): number {
  // Rule of thumb: yarns per strand scale with the square of the rope's diameter.
  const perStrand = Math.ceil(((order.diameterMm / 24) ** 2) * 40);
  return perStrand * order.strands;
}
