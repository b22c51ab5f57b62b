// expect: none
// Re-awaiting the cached in-flight promise is the point of the dedupe cache, and a rejected load is evicted so the next call starts a fresh attempt.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void>) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveBeenCalledTimes(n: number): void;
  rejects: { toThrow(pattern?: string | RegExp): Promise<void> };
};
declare const vi: {
  fn<A extends unknown[], R>(impl: (...args: A) => R): ((...args: A) => R) & {
    mockImplementationOnce(impl: (...args: A) => R): void;
  };
};

interface LyeRecipe {
  vatId: string;
  oilKg: Record<string, number>;
  naohKg: number;
  superfatPct: number;
}

type RecipeLoader = (vatId: string) => Promise<LyeRecipe>;

class RecipeCache {
  private readonly inflight = new Map<string, Promise<LyeRecipe>>();

  constructor(private readonly load: RecipeLoader) {}

  get(vatId: string): Promise<LyeRecipe> {
    const cached = this.inflight.get(vatId);
    if (cached) return cached;
    const pending = this.load(vatId).catch((err: unknown) => {
      this.inflight.delete(vatId);
      throw err;
    });
    this.inflight.set(vatId, pending);
    return pending;
  }

  invalidate(vatId: string): void {
    this.inflight.delete(vatId);
  }
}

const recipe = (vatId: string): LyeRecipe => ({
  vatId,
  oilKg: { olive: 120, coconut: 40, castor: 8 },
  naohKg: 23.4,
  superfatPct: 5,
});

describe("RecipeCache", () => {
  let loader: ReturnType<typeof vi.fn<[string], Promise<LyeRecipe>>>;
  let cache: RecipeCache;

  beforeEach(() => {
    loader = vi.fn(async (vatId: string) => recipe(vatId));
    cache = new RecipeCache(loader);
  });

  it("shares one load between concurrent callers", async () => {
    const first = cache.get("vat-3");
    const second = cache.get("vat-3");
    expect(second).toBe(first);
    expect(await first).toEqual(recipe("vat-3"));
    expect(await second).toEqual(recipe("vat-3"));
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it("keeps serving the settled recipe until invalidated", async () => {
    await cache.get("vat-7");
    await cache.get("vat-7");
    expect(loader).toHaveBeenCalledTimes(1);
    cache.invalidate("vat-7");
    await cache.get("vat-7");
    expect(loader).toHaveBeenCalledTimes(2);
  });

  it("starts a fresh load after a failed one", async () => {
    loader.mockImplementationOnce(async () => {
      throw new Error("scale offline");
    });
    await expect(cache.get("vat-9")).rejects.toThrow("scale offline");
    expect(await cache.get("vat-9")).toEqual(recipe("vat-9"));
    expect(loader).toHaveBeenCalledTimes(2);
  });
});
