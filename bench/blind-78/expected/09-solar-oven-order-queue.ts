// expect: no-uncalled-async-function
// In enqueue()'s task callback the non-urgent branch returns this.deferUntilSun itself instead of calling it, so those orders are silently never scheduled.
export interface MealOrder {
  orderId: string;
  dish: 'lentil-stew' | 'flatbread' | 'rice-pudding' | 'roast-squash';
  portions: number;
  urgent: boolean;
  placedAt: Date;
}

interface OvenSlot {
  ovenId: string;
  startsAt: Date;
  minutes: number;
}

declare const taskQueue: {
  add(task: () => unknown, options?: { priority?: number }): Promise<unknown>;
  onIdle(): Promise<void>;
};
declare const irradiance: { forecastWm2(at: Date): Promise<number>; currentWm2(): Promise<number> };
declare const ovens: {
  reserve(order: MealOrder, slot: OvenSlot): Promise<void>;
  freeOvens(at: Date): Promise<string[]>;
};
declare const notify: { customer(orderId: string, message: string): Promise<void> };

// Box cookers need roughly 600 W/m² to hold 120°C+; below that cooking times balloon.
const MIN_IRRADIANCE = 600;
const COOK_MINUTES: Record<MealOrder['dish'], number> = {
  'lentil-stew': 150,
  flatbread: 40,
  'rice-pudding': 120,
  'roast-squash': 90,
};

export class SolarKitchenScheduler {
  private scheduled = 0;

  enqueue(order: MealOrder): Promise<unknown> {
    return taskQueue.add(
      () => {
        if (order.urgent) {
          return this.cookNow(order);
        }
        return this.deferUntilSun;
      },
      { priority: order.urgent ? 10 : 0 },
    );
  }

  async cookNow(order: MealOrder): Promise<void> {
    const now = new Date();
    const [free, sun] = await Promise.all([ovens.freeOvens(now), irradiance.currentWm2()]);
    if (free.length === 0) {
      throw new Error(`no oven free for urgent order ${order.orderId}`);
    }
    const boost = sun < MIN_IRRADIANCE ? 1.5 : 1;
    await ovens.reserve(order, { ovenId: free[0], startsAt: now, minutes: Math.round(COOK_MINUTES[order.dish] * boost) });
    this.scheduled++;
  }

  deferUntilSun = async (order: MealOrder): Promise<void> => {
    const start = new Date(order.placedAt);
    for (let hour = 0; hour < 48; hour++) {
      start.setMinutes(0, 0, 0);
      start.setHours(start.getHours() + 1);
      if ((await irradiance.forecastWm2(start)) < MIN_IRRADIANCE) continue;
      const free = await ovens.freeOvens(start);
      if (free.length === 0) continue;
      await ovens.reserve(order, { ovenId: free[0], startsAt: start, minutes: COOK_MINUTES[order.dish] });
      await notify.customer(order.orderId, `Your ${order.dish} goes in the sun oven at ${start.toISOString()}`);
      this.scheduled++;
      return;
    }
    await notify.customer(order.orderId, 'No sunny slot in the next two days; we will call you.');
  };

  async drain(): Promise<number> {
    await taskQueue.onIdle();
    return this.scheduled;
  }
}
