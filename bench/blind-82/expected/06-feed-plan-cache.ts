// expect: none
// Concurrent callers deliberately share one in-flight load, but each retry attempt calls fetchPlanOnce() again, so no settled promise is re-awaited as a fresh try.
import { setTimeout as sleep } from 'node:timers/promises';

export interface FeedPlan {
  penId: string;
  pelletsKgPerDay: number;
  feedings: number;
  waterTempC: number;
  validUntil: number;
}

declare const aquacultureApi: {
  feedPlan(penId: string): Promise<Omit<FeedPlan, 'validUntil'>>;
};

declare const penTelemetry: {
  biomassKg(penId: string): Promise<number>;
};

class TransientError extends Error {}

const PLAN_TTL_MS = 20 * 60_000;

async function fetchPlanOnce(penId: string): Promise<FeedPlan> {
  const plan = await aquacultureApi.feedPlan(penId);
  if (plan.waterTempC < 0 || plan.waterTempC > 25) {
    throw new TransientError(`implausible water temperature ${plan.waterTempC} for pen ${penId}`);
  }
  return { ...plan, validUntil: Date.now() + PLAN_TTL_MS };
}

async function fetchPlanWithRetry(penId: string, attempts = 4): Promise<FeedPlan> {
  let delay = 250;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetchPlanOnce(penId);
    } catch (err) {
      if (!(err instanceof TransientError) || attempt >= attempts) throw err;
      await sleep(delay);
      delay *= 2;
    }
  }
}

export class FeedPlanCache {
  private readonly plans = new Map<string, FeedPlan>();
  private readonly inflight = new Map<string, Promise<FeedPlan>>();

  get(penId: string): Promise<FeedPlan> {
    const cached = this.plans.get(penId);
    if (cached && cached.validUntil > Date.now()) return Promise.resolve(cached);

    let pending = this.inflight.get(penId);
    if (!pending) {
      pending = fetchPlanWithRetry(penId)
        .then((plan) => {
          this.plans.set(penId, plan);
          return plan;
        })
        .finally(() => {
          this.inflight.delete(penId);
        });
      this.inflight.set(penId, pending);
    }
    return pending;
  }

  invalidate(penId: string): void {
    this.plans.delete(penId);
  }
}

export async function dailyRation(cache: FeedPlanCache, penId: string): Promise<number[]> {
  const [plan, biomass] = await Promise.all([cache.get(penId), penTelemetry.biomassKg(penId)]);
  const coldFactor = plan.waterTempC < 6 ? 0.6 : 1;
  const capped = Math.min(plan.pelletsKgPerDay * coldFactor, biomass * 0.015);
  const perFeeding = capped / plan.feedings;
  return Array.from({ length: plan.feedings }, () => Math.round(perFeeding * 10) / 10);
}

export async function morningRound(cache: FeedPlanCache, pens: string[]): Promise<Record<string, number[]>> {
  const rations = await Promise.all(pens.map((pen) => dailyRation(cache, pen)));
  return Object.fromEntries(pens.map((pen, i) => [pen, rations[i]]));
}
