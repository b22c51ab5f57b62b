// expect: no-reused-settled-promise
// vi.waitFor retries the callback, but each retry awaits the one statusCheck promise started before it, so the status is never re-read.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: <T>(actual: T) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};
declare const vi: {
  waitFor<T>(callback: () => T | Promise<T>, options?: { timeout?: number; interval?: number }): Promise<T>;
};

type PlanStatus = 'draft' | 'submitted' | 'approved' | 'rejected';

interface BlastHole {
  id: string;
  depthM: number;
  chargeKg: number;
  delayMs: number;
}

interface BlastPlan {
  id: string;
  bench: string;
  holes: BlastHole[];
}

interface Planner {
  create(bench: string, holes: BlastHole[]): Promise<BlastPlan>;
  submit(planId: string): Promise<void>;
  status(planId: string): Promise<PlanStatus>;
  maxInstantaneousChargeKg(planId: string): Promise<number>;
}

declare function startPlanner(opts: { reviewDelayMs: number; chargeLimitKg: number }): Promise<Planner>;

function grid(rows: number, cols: number, chargeKg: number): BlastHole[] {
  const holes: BlastHole[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      holes.push({ id: `H${r}-${c}`, depthM: 12, chargeKg, delayMs: r * 42 + c * 17 });
    }
  }
  return holes;
}

describe('quarry blast planner', () => {
  let planner: Planner;

  beforeEach(async () => {
    planner = await startPlanner({ reviewDelayMs: 50, chargeLimitKg: 120 });
  });

  it('starts plans as drafts', async () => {
    const plan = await planner.create('bench-4', grid(2, 3, 40));
    expect(await planner.status(plan.id)).toBe('draft');
  });

  it('computes the maximum instantaneous charge per delay', async () => {
    const plan = await planner.create('bench-4', grid(3, 3, 40));
    expect(await planner.maxInstantaneousChargeKg(plan.id)).toBe(40);
  });

  it('approves a submitted plan once review finishes', async () => {
    const plan = await planner.create('bench-2', grid(4, 5, 38));
    await planner.submit(plan.id);

    const statusCheck = planner.status(plan.id);
    await vi.waitFor(
      async () => {
        expect(await statusCheck).toBe('approved');
      },
      { timeout: 1_000, interval: 25 },
    );
  });

  it('refuses to submit an overcharged plan', async () => {
    const holes = grid(2, 2, 40).map((h) => ({ ...h, delayMs: 0 }));
    const plan = await planner.create('bench-1', holes);
    await expect(planner.submit(plan.id)).rejects.toThrow(/instantaneous charge/);
  });
});
