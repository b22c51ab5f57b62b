// expect: none
// async work is mapped into Promise.all or looped with for...of/await, and the early-started job in the last test gets its catch handler immediately
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeInstanceOf(ctor: new (...args: never[]) => unknown): void;
  rejects: { toThrow(pattern: RegExp | string): Promise<void> };
};

interface BowJob {
  jobId: string;
  hairGrams: number;
  stickWeightG: number;
}

class HankShortageError extends Error {}

class RehairBench {
  hankStockGrams: number;
  completed: string[] = [];

  constructor(stockGrams: number) {
    this.hankStockGrams = stockGrams;
  }

  async rehair(job: BowJob): Promise<string> {
    await new Promise<void>((r) => setTimeout(r, 1));
    if (job.hairGrams > this.hankStockGrams) {
      throw new HankShortageError(`need ${job.hairGrams}g for ${job.jobId}, have ${this.hankStockGrams}g`);
    }
    this.hankStockGrams -= job.hairGrams;
    this.completed.push(job.jobId);
    return job.jobId;
  }
}

function jobs(...grams: number[]): BowJob[] {
  return grams.map((g, i) => ({ jobId: `bow-${i + 1}`, hairGrams: g, stickWeightG: 60 }));
}

describe("bow rehair bench", () => {
  let bench: RehairBench;

  beforeEach(() => {
    bench = new RehairBench(20);
  });

  it("rehairs a batch in parallel when stock allows", async () => {
    const done = await Promise.all(jobs(5, 5, 6).map(async (job) => bench.rehair(job)));
    expect(done).toEqual(["bow-1", "bow-2", "bow-3"]);
    expect(bench.hankStockGrams).toBe(4);
  });

  it("processes sequentially so earlier bows get the hair first", async () => {
    const order: string[] = [];
    for (const job of jobs(8, 8, 8)) {
      try {
        order.push(await bench.rehair(job));
      } catch (err) {
        expect(err).toBeInstanceOf(HankShortageError);
      }
    }
    expect(order).toEqual(["bow-1", "bow-2"]);
  });

  it("rejects a cello bow when the hank is short", async () => {
    bench = new RehairBench(5);
    await expect(bench.rehair({ jobId: "cello-1", hairGrams: 7.5, stickWeightG: 80 })).rejects.toThrow(
      /need 7.5g/,
    );
  });

  it("keeps stock intact on failure while other work continues", async () => {
    bench = new RehairBench(6);
    let failure: unknown = null;
    const bigJob = bench.rehair({ jobId: "bass-1", hairGrams: 9, stickWeightG: 130 }).catch((err: unknown) => {
      failure = err;
      return null;
    });
    const small = await bench.rehair({ jobId: "violin-1", hairGrams: 5.5, stickWeightG: 60 });
    const big = await bigJob;
    expect(small).toBe("violin-1");
    expect(big).toBe(null);
    expect(failure).toBeInstanceOf(HankShortageError);
    expect(bench.hankStockGrams).toBe(0.5);
  });
});

export {};
