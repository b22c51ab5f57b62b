// expect: none
// withRetry takes a factory and calls it on every attempt, so each retry awaits a fresh request rather than the first settled promise.
import { setTimeout as sleep } from 'node:timers/promises';

export interface PlateOrder {
  tableNo: number;
  seat: number;
  items: Array<{ code: string; qty: number }>;
}

export interface ConveyorSlot {
  lane: 'inner' | 'outer' | 'express';
  slotIndex: number;
  etaSeconds: number;
}

export class TransientLaneError extends Error {
  constructor(message: string, readonly retryAfterMs: number) {
    super(message);
    this.name = 'TransientLaneError';
  }
}

declare const conveyor: {
  reserveSlot(lane: ConveyorSlot['lane'], tableNo: number): Promise<ConveyorSlot>;
};
declare const kitchenDisplay: {
  enqueue(order: PlateOrder, slot: ConveyorSlot): Promise<void>;
};

export async function withRetry<T>(
  attempt: () => Promise<T>,
  { retries = 3, baseDelayMs = 150 }: { retries?: number; baseDelayMs?: number } = {},
): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i <= retries; i++) {
    try {
      return await attempt();
    } catch (err) {
      if (!(err instanceof TransientLaneError)) throw err;
      lastError = err;
      if (i < retries) await sleep(Math.max(err.retryAfterMs, baseDelayMs * 2 ** i));
    }
  }
  throw lastError;
}

function pickLane(order: PlateOrder): ConveyorSlot['lane'] {
  const plates = order.items.reduce((n, item) => n + item.qty, 0);
  if (plates >= 6) return 'express';
  return order.tableNo <= 12 ? 'inner' : 'outer';
}

export async function dispatchOrder(order: PlateOrder): Promise<ConveyorSlot> {
  if (order.items.length === 0) throw new Error(`empty order for table ${order.tableNo}`);
  const lane = pickLane(order);
  const slot = await withRetry(() => conveyor.reserveSlot(lane, order.tableNo), { retries: 4 });
  await withRetry(() => kitchenDisplay.enqueue(order, slot));
  return slot;
}

export async function dispatchTableRound(orders: PlateOrder[]): Promise<Map<number, ConveyorSlot>> {
  const bySeat = new Map<number, ConveyorSlot>();
  for (const order of orders) {
    bySeat.set(order.seat, await dispatchOrder(order));
  }
  return bySeat;
}

export function longestWait(slots: Iterable<ConveyorSlot>): number {
  let max = 0;
  for (const slot of slots) max = Math.max(max, slot.etaSeconds);
  return max;
}
