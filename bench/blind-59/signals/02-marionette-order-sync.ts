// expect: none
// The caller's signal reaches every fetch through buildInit(), is merged with a per-request timeout via AbortSignal.any, and is passed to events.on.
import { EventEmitter, on } from 'node:events';

export interface PuppetOrder {
  orderId: string;
  character: string;
  heightCm: number;
  strings: number;
  status: 'carving' | 'painting' | 'stringing' | 'shipped';
}

declare const WORKSHOP_API: string;
declare const carvingBench: EventEmitter;

function buildInit(token: string, signal: AbortSignal, body?: unknown): RequestInit {
  const init: RequestInit = {
    headers: { authorization: `Token ${token}`, 'content-type': 'application/json' },
    signal: AbortSignal.any([signal, AbortSignal.timeout(10_000)]),
  };
  if (body !== undefined) {
    init.method = 'POST';
    init.body = JSON.stringify(body);
  }
  return init;
}

async function expectOk(res: Response): Promise<Response> {
  if (!res.ok) throw new Error(`workshop API ${res.url}: ${res.status}`);
  return res;
}

export async function syncOrders(token: string, signal: AbortSignal): Promise<PuppetOrder[]> {
  const res = await expectOk(await fetch(`${WORKSHOP_API}/orders?open=1`, buildInit(token, signal)));
  const orders = (await res.json()) as PuppetOrder[];

  const updated: PuppetOrder[] = [];
  for (const order of orders) {
    const next = advance(order);
    if (next === order.status) continue;
    const init = buildInit(token, signal, { status: next });
    await expectOk(await fetch(`${WORKSHOP_API}/orders/${order.orderId}/status`, init));
    updated.push({ ...order, status: next });
  }
  return updated;
}

function advance(order: PuppetOrder): PuppetOrder['status'] {
  switch (order.status) {
    case 'carving':
      return order.heightCm > 60 ? 'carving' : 'painting';
    case 'painting':
      return 'stringing';
    case 'stringing':
      return order.strings >= 9 ? 'shipped' : 'stringing';
    default:
      return order.status;
  }
}

export async function waitForCarving(orderId: string, signal: AbortSignal): Promise<number> {
  const started = Date.now();
  for await (const [finishedId] of on(carvingBench, 'finished', { signal })) {
    if (finishedId === orderId) return Date.now() - started;
  }
  throw new Error(`carving bench stopped reporting before order ${orderId} finished`);
}
