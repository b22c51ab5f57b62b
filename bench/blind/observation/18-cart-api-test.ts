// expect: none
// Each request is started only after the previous one has been awaited, so no promise is ever pending without a consumer.
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void>): void;
declare function expect<T>(value: T): { toBe(expected: T): void; toEqual(expected: unknown): void };

declare function createTestServer(): Promise<{
  post(path: string, body: unknown): Promise<{ status: number; body: any }>;
  get(path: string): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}>;

describe("cart API", () => {
  it("adds two items and reports the total", async () => {
    const server = await createTestServer();
    try {
      const first = await server.post("/cart/items", { sku: "A-1", qty: 2 });
      const second = await server.post("/cart/items", { sku: "B-7", qty: 1 });
      expect(first.status).toBe(201);
      expect(second.status).toBe(201);

      const cart = await server.get("/cart");
      expect(cart.body.items.length).toBe(2);
      expect(cart.body.total).toEqual(2 * 450 + 1200);
    } finally {
      await server.close();
    }
  });
});

export {};
