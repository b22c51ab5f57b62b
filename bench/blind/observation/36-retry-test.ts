// expect: none
// The test runs the calls through allSettled and then asserts on each result's `status` and `reason`, so every rejection is inspected.
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void>): void;
declare function expect<T>(value: T): { toBe(expected: T): void; toEqual(expected: unknown): void };

declare function withRetry<T>(fn: () => Promise<T>, attempts: number): Promise<T>;

function flaky(failuresBeforeSuccess: number): () => Promise<string> {
  let calls = 0;
  return async () => {
    calls += 1;
    if (calls <= failuresBeforeSuccess) throw new Error(`fail #${calls}`);
    return `ok after ${calls}`;
  };
}

describe("withRetry", () => {
  it("succeeds within budget and gives up beyond it", async () => {
    const results = await Promise.allSettled([
      withRetry(flaky(1), 3),
      withRetry(flaky(5), 3),
    ]);

    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected"]);
    const [first, second] = results;
    expect(first?.status === "fulfilled" ? first.value : null).toBe("ok after 2");
    expect(second?.status === "rejected" ? String(second.reason) : null).toBe("Error: fail #3");
  });
});

export {};
