// expect: none
// Assertions on async results use await expect(...).resolves / .rejects or await the value first, never a bare promise.
export {};

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => unknown) => void;
declare const beforeEach: (fn: () => unknown) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  resolves: { toEqual(expected: unknown): Promise<void>; toBe(expected: unknown): Promise<void> };
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

type Grade = "coarse" | "medium" | "fine";

interface SieveSample {
  lotId: string;
  retained: number[];
}

class GradeService {
  private readonly cache = new Map<string, Grade>();

  constructor(private readonly lookupLot: (lotId: string) => Promise<SieveSample>) {}

  async grade(lotId: string): Promise<Grade> {
    const known = this.cache.get(lotId);
    if (known) return known;
    const sample = await this.lookupLot(lotId);
    const total = sample.retained.reduce((a, b) => a + b, 0);
    if (total <= 0) throw new Error(`lot ${lotId} has an empty sample`);
    const coarseShare = (sample.retained[0]! + sample.retained[1]!) / total;
    const grade: Grade = coarseShare > 0.5 ? "coarse" : coarseShare > 0.2 ? "medium" : "fine";
    this.cache.set(lotId, grade);
    return grade;
  }

  cachedCount(): number {
    return this.cache.size;
  }
}

const SAMPLES: Record<string, SieveSample> = {
  "L-100": { lotId: "L-100", retained: [400, 300, 200, 100] },
  "L-200": { lotId: "L-200", retained: [50, 100, 400, 450] },
  "L-300": { lotId: "L-300", retained: [0, 0, 0, 0] },
};

describe("GradeService", () => {
  let lookups: string[];
  let service: GradeService;

  beforeEach(() => {
    lookups = [];
    service = new GradeService(async (lotId) => {
      lookups.push(lotId);
      const sample = SAMPLES[lotId];
      if (!sample) throw new Error(`unknown lot ${lotId}`);
      return sample;
    });
  });

  it("grades a gravelly lot as coarse", async () => {
    await expect(service.grade("L-100")).resolves.toBe("coarse");
  });

  it("grades a silty lot as medium", async () => {
    const grade = await service.grade("L-200");
    expect(grade).toBe("medium");
  });

  it("caches grades so the lab is queried once", async () => {
    const first = await service.grade("L-100");
    const second = await service.grade("L-100");
    expect(first === second).toBe(true);
    expect(lookups).toEqual(["L-100"]);
    expect(service.cachedCount()).toBe(1);
  });

  it("rejects empty samples", async () => {
    await expect(service.grade("L-300")).rejects.toThrow(/empty sample/);
  });

  it("rejects unknown lots without caching", async () => {
    await expect(service.grade("L-999")).rejects.toThrow("unknown lot L-999");
    expect(service.cachedCount()).toBe(0);
  });
});
