// expect: none
// correct: both racers (the ack listener and the timer) share one controller that is aborted in `finally`, so whichever loses is cancelled.
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import type { EventEmitter } from 'node:events';

export interface OysterOrder {
  orderId: string;
  table: number;
  dozen: number;
  varieties: string[];
  shuckedToOrder: boolean;
}

interface KitchenBus extends EventEmitter {
  publish(topic: string, payload: unknown): void;
}

export class AckTimeoutError extends Error {
  constructor(readonly orderId: string) {
    super(`raw bar did not acknowledge order ${orderId}`);
    this.name = 'AckTimeoutError';
  }
}

async function waitForAck(bus: KitchenBus, orderId: string, signal: AbortSignal): Promise<string> {
  for (;;) {
    const [ack] = (await once(bus, 'ack', { signal })) as [{ orderId: string; station: string }];
    if (ack.orderId === orderId) {
      return ack.station;
    }
  }
}

export async function sendToRawBar(
  bus: KitchenBus,
  order: OysterOrder,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<string> {
  signal?.throwIfAborted();
  const local = new AbortController();
  const combined = signal ? AbortSignal.any([signal, local.signal]) : local.signal;

  bus.publish('orders.raw-bar', order);
  try {
    return await Promise.race([
      waitForAck(bus, order.orderId, combined),
      sleep(timeoutMs, undefined, { signal: combined }).then(() => {
        throw new AckTimeoutError(order.orderId);
      }),
    ]);
  } finally {
    local.abort();
  }
}

export function estimateShuckMinutes(order: OysterOrder, shuckersOnShift: number): number {
  const perDozen = order.shuckedToOrder ? 3.5 : 1.5;
  const varietyPenalty = Math.max(0, order.varieties.length - 1) * 0.5;
  return Math.ceil((order.dozen * perDozen + varietyPenalty) / Math.max(1, shuckersOnShift));
}

export async function dispatchOrders(
  bus: KitchenBus,
  orders: OysterOrder[],
  signal?: AbortSignal,
): Promise<Array<{ orderId: string; station: string | null }>> {
  const results: Array<{ orderId: string; station: string | null }> = [];
  for (const order of orders) {
    try {
      const station = await sendToRawBar(bus, order, 8_000, signal);
      results.push({ orderId: order.orderId, station });
    } catch (err) {
      if (err instanceof AckTimeoutError) {
        results.push({ orderId: order.orderId, station: null });
        continue;
      }
      throw err;
    }
  }
  return results;
}
