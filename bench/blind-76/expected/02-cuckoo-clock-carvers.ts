// expect: none
// Functions are passed only where callbacks are expected (map, the retry factory, the queue worker); every awaited value is a called result.
import { setTimeout as delay } from 'node:timers/promises';

export interface CarvingOrder {
  id: string;
  customer: string;
  wood: 'linden' | 'walnut' | 'maple';
  figureIds: string[];
  movement: 'one-day' | 'eight-day';
}

export interface FigureTemplate {
  id: string;
  name: string;
  boardFeet: number;
  hoursEstimate: number;
}

declare const workshopApi: {
  fetchOrder(id: string): Promise<CarvingOrder>;
  fetchFigure(id: string): Promise<FigureTemplate>;
  reserveWood(species: CarvingOrder['wood'], boardFeet: number): Promise<string>;
  scheduleCarver(orderId: string, hours: number, lotId: string): Promise<{ carver: string; due: Date }>;
};

async function withRetry<T>(task: () => Promise<T>, attempts = 3, baseDelayMs = 200): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await task();
    } catch (err) {
      lastError = err;
      if (i < attempts - 1) await delay(baseDelayMs * 2 ** i);
    }
  }
  throw lastError;
}

function fetchFigureTemplate(id: string): Promise<FigureTemplate> {
  return withRetry(() => workshopApi.fetchFigure(id));
}

class CarvingQueue<T> {
  constructor(
    private readonly worker: (item: T) => Promise<void>,
    private readonly concurrency: number,
  ) {}

  async drain(items: T[]): Promise<void> {
    const queue = [...items];
    const lanes = Array.from({ length: Math.min(this.concurrency, queue.length) }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
        await this.worker(item);
      }
    });
    await Promise.all(lanes);
  }
}

export class CarvingPlanner {
  readonly scheduled = new Map<string, { carver: string; due: Date }>();

  private readonly planOrder = async (orderId: string): Promise<void> => {
    const order = await withRetry(() => workshopApi.fetchOrder(orderId));
    const figures = await Promise.all(order.figureIds.map(fetchFigureTemplate));
    const boardFeet = figures.reduce((sum, f) => sum + f.boardFeet, 0) * 1.15;
    const hours = figures.reduce((sum, f) => sum + f.hoursEstimate, 0) + (order.movement === 'eight-day' ? 6 : 3);
    const lotId = await workshopApi.reserveWood(order.wood, Math.ceil(boardFeet));
    const slot = await workshopApi.scheduleCarver(order.id, hours, lotId);
    this.scheduled.set(order.id, slot);
  };

  async planAll(orderIds: string[], concurrency = 3): Promise<Map<string, { carver: string; due: Date }>> {
    const queue = new CarvingQueue(this.planOrder, concurrency);
    await queue.drain(orderIds);
    return this.scheduled;
  }
}
