// expect: none
// Every bare method reference is passed where a callable is expected (retry factory, map callback, event handler); promises are produced by calling.
import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

export interface SealOrder {
  orderId: string;
  design: string;
  waxColor: 'crimson' | 'gold' | 'forest' | 'midnight';
  envelopes: number;
}

export interface PressResult {
  orderId: string;
  stamped: number;
  rejects: number;
}

declare const pressHardware: {
  heat(color: SealOrder['waxColor']): Promise<number>;
  stamp(design: string, count: number): Promise<{ ok: number; smudged: number }>;
};
declare const orderStore: {
  pending(): Promise<SealOrder[]>;
  markDone(result: PressResult): Promise<void>;
};

export async function withRetry<T>(task: () => Promise<T>, attempts = 3, delayMs = 250): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await task();
    } catch (err) {
      lastError = err;
      await sleep(delayMs * 2 ** i);
    }
  }
  throw lastError;
}

export class SealPressQueue extends EventEmitter {
  private running = false;

  validate = (order: SealOrder): SealOrder => {
    if (order.envelopes <= 0 || order.envelopes > 5_000) {
      throw new RangeError(`order ${order.orderId}: ${order.envelopes} envelopes is not a pressable batch`);
    }
    return { ...order, design: order.design.trim().toLowerCase() };
  };

  async pressOne(order: SealOrder): Promise<PressResult> {
    const tempC = await pressHardware.heat(order.waxColor);
    if (tempC < 85) throw new Error(`wax ${order.waxColor} only reached ${tempC}C`);
    const { ok, smudged } = await pressHardware.stamp(order.design, order.envelopes);
    return { orderId: order.orderId, stamped: ok, rejects: smudged };
  }

  async drain(): Promise<PressResult[]> {
    if (this.running) return [];
    this.running = true;
    try {
      const orders = (await orderStore.pending()).map(this.validate);
      const results: PressResult[] = [];
      for (const order of orders) {
        const result = await withRetry(this.pressOne.bind(this, order));
        await orderStore.markDone(result);
        this.emit('pressed', result);
        results.push(result);
      }
      return results;
    } finally {
      this.running = false;
    }
  }

  nextOrders(): Promise<SealOrder[]> {
    return orderStore.pending();
  }
}

export async function pressAll(queue: SealPressQueue): Promise<number> {
  const log: PressResult[] = [];
  const record = (result: PressResult) => log.push(result);
  queue.on('pressed', record);
  try {
    await queue.drain();
  } finally {
    queue.off('pressed', record);
  }
  return log.reduce((n, r) => n + r.stamped, 0);
}
