// expect: none
// The 'order' listener is synchronous and routes the async handler's promise into .catch, so failures are reported instead of floating.
import { EventEmitter } from 'node:events';

export interface PressingOrder {
  orderId: string;
  label: string;
  catalogue: string;
  copies: number;
  colour: 'black' | 'clear' | 'splatter' | 'marbled';
  weightGrams: 140 | 180;
}

declare const pressQueue: {
  book(order: PressingOrder, startWeek: number): Promise<{ slotId: string; week: number }>;
};

declare const pvcStock: {
  reserve(colour: PressingOrder['colour'], kg: number): Promise<boolean>;
};

declare const labelPortal: {
  confirm(orderId: string, slotId: string, week: number): Promise<void>;
  reject(orderId: string, reason: string): Promise<void>;
};

const WASTE_FACTOR: Record<PressingOrder['colour'], number> = {
  black: 1.04,
  clear: 1.06,
  splatter: 1.12,
  marbled: 1.1,
};

export class FulfilmentDesk extends EventEmitter {
  private processed = 0;

  constructor(private readonly currentWeek: () => number) {
    super();
    this.on('order', (order: PressingOrder) => {
      this.handleOrder(order).catch((err: unknown) => {
        this.emit('orderFailed', order.orderId, err);
      });
    });
  }

  get processedCount(): number {
    return this.processed;
  }

  private async handleOrder(order: PressingOrder): Promise<void> {
    if (order.copies < 100) {
      await labelPortal.reject(order.orderId, 'minimum run is 100 copies');
      return;
    }

    const kg = (order.copies * order.weightGrams * WASTE_FACTOR[order.colour]) / 1000;
    const reserved = await pvcStock.reserve(order.colour, Math.ceil(kg));
    if (!reserved) {
      await labelPortal.reject(order.orderId, `not enough ${order.colour} PVC for ${order.copies} copies`);
      return;
    }

    const leadWeeks = order.colour === 'black' ? 4 : 7;
    const slot = await pressQueue.book(order, this.currentWeek() + leadWeeks);
    await labelPortal.confirm(order.orderId, slot.slotId, slot.week);
    this.processed += 1;
    this.emit('orderBooked', order.orderId, slot.week);
  }
}

export function estimateRunHours(order: PressingOrder): number {
  const secondsPerCopy = order.weightGrams === 180 ? 32 : 28;
  const setupMinutes = order.colour === 'black' ? 45 : 90;
  return Math.round(((order.copies * secondsPerCopy) / 3600 + setupMinutes / 60) * 10) / 10;
}
