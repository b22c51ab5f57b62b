// expect: none
// The plan promise is memoised on purpose so concurrent keepers share one load, and it is dropped on rejection so the next call starts a fresh request.
export interface Enclosure {
  enclosureId: string;
  species: string;
  headCount: number;
}

export interface FeedingSlot {
  enclosureId: string;
  time: string;
  items: Array<{ food: string; grams: number }>;
  keeper: string;
}

interface DailyPlan {
  date: string;
  slots: FeedingSlot[];
}

declare const nutritionService: {
  dailyPlan(date: string): Promise<DailyPlan>;
};

declare const keeperRoster: {
  onDuty(date: string): Promise<string[]>;
};

declare const commissary: {
  reserve(date: string, food: string, grams: number): Promise<void>;
};

export class FeedingPlanCache {
  private readonly plans = new Map<string, Promise<DailyPlan>>();

  planFor(date: string): Promise<DailyPlan> {
    let plan = this.plans.get(date);
    if (!plan) {
      plan = nutritionService.dailyPlan(date);
      this.plans.set(date, plan);
      plan.catch(() => {
        if (this.plans.get(date) === plan) this.plans.delete(date);
      });
    }
    return plan;
  }

  invalidate(date: string): void {
    this.plans.delete(date);
  }

  async slotsForKeeper(date: string, keeper: string): Promise<FeedingSlot[]> {
    const plan = await this.planFor(date);
    return plan.slots.filter((s) => s.keeper === keeper).sort((a, b) => a.time.localeCompare(b.time));
  }

  async unassignedSlots(date: string): Promise<FeedingSlot[]> {
    const [plan, onDuty] = await Promise.all([this.planFor(date), keeperRoster.onDuty(date)]);
    const present = new Set(onDuty);
    return plan.slots.filter((s) => !present.has(s.keeper));
  }
}

export async function reserveCommissaryStock(cache: FeedingPlanCache, date: string): Promise<Map<string, number>> {
  const plan = await cache.planFor(date);
  const totals = new Map<string, number>();
  for (const slot of plan.slots) {
    for (const item of slot.items) {
      totals.set(item.food, (totals.get(item.food) ?? 0) + item.grams);
    }
  }
  for (const [food, grams] of totals) {
    await commissary.reserve(date, food, Math.ceil(grams * 1.05));
  }
  return totals;
}

export async function feedingBoard(cache: FeedingPlanCache, date: string, enclosures: Enclosure[]): Promise<string[]> {
  const plan = await cache.planFor(date);
  const byEnclosure = new Map(enclosures.map((e) => [e.enclosureId, e]));
  return plan.slots.map((slot) => {
    const enclosure = byEnclosure.get(slot.enclosureId);
    const what = slot.items.map((i) => `${i.grams}g ${i.food}`).join(", ");
    return `${slot.time}  ${enclosure?.species ?? slot.enclosureId}  ${what}  (${slot.keeper})`;
  });
}
