// expect: none
// Functions are handed to APIs that take callbacks (register, vi.fn implementations) and every assertion awaits a called promise.
export {};

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => unknown) => void;
declare const beforeEach: (fn: () => unknown) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveBeenCalledTimes(n: number): void;
  resolves: { toEqual(expected: unknown): Promise<void>; toBe(expected: unknown): Promise<void> };
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};
declare const vi: {
  fn<T extends (...args: any[]) => any>(impl?: T): T & { mock: { calls: unknown[][] } };
};

interface HarnessCheck {
  climberId: string;
  lanyardOk: boolean;
  lastInspected: string;
}

type PreClimbCheck = (climberId: string) => Promise<HarnessCheck>;

class ClimbScheduler {
  private readonly checks: PreClimbCheck[] = [];

  register(check: PreClimbCheck): void {
    this.checks.push(check);
  }

  async clearForClimb(climberId: string, windKph: number): Promise<boolean> {
    if (windKph > 45) return false;
    const results = await Promise.all(this.checks.map((check) => check(climberId)));
    return results.every((r) => r.lanyardOk && Date.parse(r.lastInspected) > Date.now() - 180 * 86_400_000);
  }

  async assertClear(climberId: string, windKph: number): Promise<void> {
    if (!(await this.clearForClimb(climberId, windKph))) {
      throw new Error(`climber ${climberId} not cleared`);
    }
  }
}

describe("ClimbScheduler", () => {
  let scheduler: ClimbScheduler;
  let harnessCheck: PreClimbCheck & { mock: { calls: unknown[][] } };

  beforeEach(() => {
    scheduler = new ClimbScheduler();
    harnessCheck = vi.fn(async (climberId: string) => ({
      climberId,
      lanyardOk: climberId !== "c-13",
      lastInspected: new Date().toISOString(),
    }));
    scheduler.register(harnessCheck);
  });

  it("clears a climber with a good harness in light wind", async () => {
    await expect(scheduler.clearForClimb("c-07", 20)).resolves.toBe(true);
    expect(harnessCheck).toHaveBeenCalledTimes(1);
  });

  it("grounds everyone above the wind limit without running checks", async () => {
    await expect(scheduler.clearForClimb("c-07", 60)).resolves.toBe(false);
    expect(harnessCheck).toHaveBeenCalledTimes(0);
  });

  it("rejects a climber with a damaged lanyard", async () => {
    await expect(scheduler.assertClear("c-13", 10)).rejects.toThrow(/c-13 not cleared/);
  });

  it("runs every registered check", async () => {
    const radioCheck = vi.fn(async (climberId: string) => ({
      climberId,
      lanyardOk: true,
      lastInspected: "2001-01-01T00:00:00Z",
    }));
    scheduler.register(radioCheck);
    const cleared = await scheduler.clearForClimb("c-07", 5);
    expect(cleared).toBe(false);
    expect(radioCheck.mock.calls).toEqual([["c-07"]]);
  });
});
