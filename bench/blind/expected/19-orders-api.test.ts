// expect: none
// The test framework awaits the promises returned by async it/beforeEach/afterEach callbacks, so async callbacks here are correct.
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function beforeEach(fn: () => Promise<void> | void): void;
declare function afterEach(fn: () => Promise<void> | void): void;
declare function expect<T>(actual: T): {
  toBe(expected: T): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(message?: string): Promise<void> };
};

declare const testDb: { seed(): Promise<void>; truncate(): Promise<void> };
declare function createOrder(input: { sku: string; qty: number }): Promise<{ id: string; qty: number }>;
declare function getOrder(id: string): Promise<{ id: string; qty: number } | null>;

describe('orders api', () => {
  beforeEach(async () => {
    await testDb.seed();
  });

  afterEach(async () => {
    await testDb.truncate();
  });

  it('creates and reads back an order', async () => {
    const order = await createOrder({ sku: 'ABC-1', qty: 2 });
    const stored = await getOrder(order.id);
    expect(stored).toEqual({ id: order.id, qty: 2 });
  });

  it('rejects non-positive quantities', async () => {
    await expect(createOrder({ sku: 'ABC-1', qty: 0 })).rejects.toThrow('qty');
  });
});

export {};
