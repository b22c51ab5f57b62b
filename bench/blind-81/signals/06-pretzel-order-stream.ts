// expect: none
// request.signal reaches the upstream fetch through the RequestInit built by upstreamInit and is passed to the backoff sleep; abort errors are rethrown before mapping other failures to 502.
import { setTimeout as sleep } from 'node:timers/promises';

interface PretzelOrder {
  shopId: string;
  items: Array<{ sku: 'laugenbrezel' | 'butterbrezel' | 'salt-stick'; qty: number }>;
  pickupAt: string;
}

interface BakeryConfirmation {
  orderNo: string;
  readyAt: string;
}

declare const BAKERY_ORDERS_URL: string;
declare const bakeryKey: string;

function isAbortError(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError');
}

function parseOrder(body: unknown): PretzelOrder {
  const candidate = body as Partial<PretzelOrder>;
  if (typeof candidate.shopId !== 'string' || !Array.isArray(candidate.items) || candidate.items.length === 0) {
    throw new TypeError('order needs a shopId and at least one item');
  }
  if (candidate.items.some((item) => !Number.isInteger(item.qty) || item.qty <= 0 || item.qty > 500)) {
    throw new TypeError('item quantities must be whole numbers between 1 and 500');
  }
  return { shopId: candidate.shopId, items: candidate.items, pickupAt: String(candidate.pickupAt ?? '') };
}

function upstreamInit(request: Request, payload: string): RequestInit {
  return {
    method: 'POST',
    body: payload,
    headers: {
      'content-type': 'application/json',
      'x-bakery-key': bakeryKey,
      'x-request-id': request.headers.get('x-request-id') ?? crypto.randomUUID(),
    },
    signal: request.signal,
  };
}

async function placeUpstream(request: Request, order: PretzelOrder): Promise<BakeryConfirmation> {
  const payload = JSON.stringify(order);
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(BAKERY_ORDERS_URL, upstreamInit(request, payload));
    if (response.status !== 503 || attempt >= 2) {
      if (!response.ok) throw new Error(`bakery rejected order: ${response.status}`);
      return (await response.json()) as BakeryConfirmation;
    }
    await sleep(300 * (attempt + 1), undefined, { signal: request.signal });
  }
}

export async function handleOrder(request: Request): Promise<Response> {
  let order: PretzelOrder;
  try {
    order = parseOrder(await request.json());
  } catch (err) {
    if (isAbortError(err)) throw err;
    return Response.json({ error: (err as Error).message }, { status: 400 });
  }

  try {
    const confirmation = await placeUpstream(request, order);
    const pieces = order.items.reduce((sum, item) => sum + item.qty, 0);
    return Response.json({ ...confirmation, pieces }, { status: 201 });
  } catch (err) {
    if (isAbortError(err)) throw err;
    return Response.json({ error: 'bakery unavailable, please try again' }, { status: 502 });
  }
}
