// expect: no-floating-promises
// The beforeEach hook calls the async orderBook.reset() as a bare statement in a block body, so the reset is dropped and races the next test.
export {};

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => unknown) => void;
declare const beforeEach: (fn: () => unknown) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

interface CandleOrder {
  id: string;
  shop: string;
  tapers: number;
  pillars: number;
  scent: "unscented" | "honey" | "lavender";
}

interface OrderBook {
  reset(): Promise<void>;
  place(order: Omit<CandleOrder, "id">): Promise<CandleOrder>;
  list(shop: string): Promise<CandleOrder[]>;
  waxNeededKg(orderId: string): Promise<number>;
}

declare function openOrderBook(databaseUrl: string): OrderBook;

const TEST_DB = "postgres://localhost:5433/candles_test";

describe("candle order book", () => {
  const orderBook = openOrderBook(TEST_DB);

  beforeEach(() => {
    orderBook.reset();
  });

  it("assigns sequential ids per shop", async () => {
    const a = await orderBook.place({ shop: "market-hall", tapers: 24, pillars: 0, scent: "honey" });
    const b = await orderBook.place({ shop: "market-hall", tapers: 12, pillars: 4, scent: "honey" });
    expect(a.id < b.id).toBe(true);
    expect(await orderBook.list("market-hall")).toHaveLength(2);
  });

  it("computes beeswax needed from taper and pillar counts", async () => {
    const order = await orderBook.place({ shop: "chapel-supply", tapers: 100, pillars: 10, scent: "unscented" });
    const kg = await orderBook.waxNeededKg(order.id);
    expect(Math.round(kg * 10) / 10).toBe(6.5);
  });

  it("rejects empty orders", async () => {
    await expect(
      orderBook.place({ shop: "chapel-supply", tapers: 0, pillars: 0, scent: "lavender" }),
    ).rejects.toThrow(/at least one candle/);
  });

  it("keeps shops separate", async () => {
    await orderBook.place({ shop: "north-co-op", tapers: 6, pillars: 0, scent: "lavender" });
    await orderBook.place({ shop: "south-co-op", tapers: 8, pillars: 2, scent: "honey" });
    const north = await orderBook.list("north-co-op");
    expect(north.map((o) => o.tapers)).toEqual([6]);
  });
});
