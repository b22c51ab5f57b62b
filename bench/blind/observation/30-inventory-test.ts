// expect: none
// The test starts both requests together but awaits them through Promise.all, so neither is left without a handler.
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void>): void;
declare function afterEach(fn: () => Promise<void>): void;
declare function expect<T>(value: T): { toBe(expected: T): void; toContain(item: unknown): void };

declare const api: {
  reserve(sku: string, qty: number): Promise<{ ok: boolean; reason?: string }>;
  reset(): Promise<void>;
};

afterEach(async () => {
  await api.reset();
});

describe("inventory reservations", () => {
  it("lets only one of two concurrent buyers take the last item", async () => {
    const buyerA = api.reserve("LAST-ONE", 1);
    const buyerB = api.reserve("LAST-ONE", 1);

    const [a, b] = await Promise.all([buyerA, buyerB]);

    expect([a.ok, b.ok].filter(Boolean).length).toBe(1);
    expect([a.reason, b.reason]).toContain("out_of_stock");
  });
});

export {};
