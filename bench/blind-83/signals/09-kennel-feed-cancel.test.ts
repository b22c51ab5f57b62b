// expect: none
// These tests abort on purpose and assert the AbortError comes through; the code under test re-throws aborts and passes its signal to every wait.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (value: unknown) => {
  toBe(v: unknown): void;
  toEqual(v: unknown): void;
  rejects: { toMatchObject(v: unknown): Promise<void>; toThrow(m?: string | RegExp): Promise<void> };
};

import { setTimeout as wait } from 'node:timers/promises';

interface FeedPlan {
  dogId: string;
  kcal: number;
  fatPct: number;
}

class FeedPlanner {
  computed = 0;

  constructor(private readonly lookupWeightKg: (dogId: string, signal: AbortSignal) => Promise<number>) {}

  async plan(dogIds: string[], trailKm: number, signal: AbortSignal): Promise<FeedPlan[]> {
    const plans: FeedPlan[] = [];
    for (const dogId of dogIds) {
      signal.throwIfAborted();
      const kg = await this.lookupWeightKg(dogId, signal);
      const kcal = Math.round(kg * (110 + trailKm * 4.5));
      plans.push({ dogId, kcal, fatPct: trailKm > 80 ? 50 : 35 });
      this.computed += 1;
    }
    return plans;
  }
}

async function slowWeigh(dogId: string, signal: AbortSignal): Promise<number> {
  await wait(20, undefined, { signal });
  return dogId.startsWith('husky') ? 24 : 21;
}

describe('sledge dog feed planner', () => {
  let planner: FeedPlanner;

  beforeEach(() => {
    planner = new FeedPlanner(slowWeigh);
  });

  it('plans a ration per dog', async () => {
    const plans = await planner.plan(['husky-1', 'malamute-2'], 60, new AbortController().signal);
    expect(plans.map((p) => p.kcal)).toEqual([Math.round(24 * 380), Math.round(21 * 380)]);
  });

  it('gives high-fat rations on long trails', async () => {
    const [plan] = await planner.plan(['husky-9'], 120, new AbortController().signal);
    expect(plan.fatPct).toBe(50);
  });

  it('stops with an AbortError when cancelled mid-plan', async () => {
    const ac = new AbortController();
    const pending = planner.plan(['husky-1', 'husky-2', 'husky-3'], 40, ac.signal);
    setTimeout(() => ac.abort(), 30);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(planner.computed < 3).toBe(true);
  });

  it('refuses to start with an already aborted signal', async () => {
    await expect(planner.plan(['husky-1'], 10, AbortSignal.abort())).rejects.toMatchObject({ name: 'AbortError' });
    expect(planner.computed).toBe(0);
  });
});
