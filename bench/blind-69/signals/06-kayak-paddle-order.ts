// expect: none
// The race's timeout timer is cleared in finally and the losing request is aborted through a linked controller, with the caller's signal combined in via AbortSignal.any.
export interface PaddleOrder {
  orderId: string;
  bladeShape: 'touring' | 'whitewater' | 'greenland';
  shaftLengthCm: number;
  feathering: 0 | 30 | 45 | 60;
  quantity: number;
}

export interface FactoryAck {
  orderId: string;
  plant: string;
  shipDate: string;
}

export class FactoryTimeoutError extends Error {
  constructor(readonly plant: string, ms: number) {
    super(`plant ${plant} did not acknowledge within ${ms}ms`);
    this.name = 'FactoryTimeoutError';
  }
}

const PLANTS = ['https://molding-north.paddleco.example', 'https://molding-south.paddleco.example'];

async function postOrder(plantUrl: string, order: PaddleOrder, signal: AbortSignal): Promise<FactoryAck> {
  const res = await fetch(`${plantUrl}/orders`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(order),
    signal,
  });
  if (!res.ok) {
    throw new Error(`plant ${plantUrl} rejected ${order.orderId}: ${res.status}`);
  }
  return (await res.json()) as FactoryAck;
}

export async function placeWithDeadline(
  plantUrl: string,
  order: PaddleOrder,
  ms: number,
  signal: AbortSignal,
): Promise<FactoryAck> {
  const attempt = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      postOrder(plantUrl, order, AbortSignal.any([signal, attempt.signal])),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new FactoryTimeoutError(plantUrl, ms)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
    attempt.abort();
  }
}

export async function placeOrder(order: PaddleOrder, signal: AbortSignal, perPlantMs = 8_000): Promise<FactoryAck> {
  if (order.shaftLengthCm < 180 || order.shaftLengthCm > 260) {
    throw new RangeError(`shaft length ${order.shaftLengthCm}cm outside molding range`);
  }
  const failures: string[] = [];
  for (const plant of PLANTS) {
    signal.throwIfAborted();
    try {
      return await placeWithDeadline(plant, order, perPlantMs, signal);
    } catch (err) {
      if (signal.aborted) throw err;
      failures.push(err instanceof Error ? err.message : String(err));
    }
  }
  throw new Error(`no plant accepted ${order.orderId}: ${failures.join(' | ')}`);
}
