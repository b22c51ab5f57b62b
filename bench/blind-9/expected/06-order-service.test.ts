// expect: no-uncalled-async-function
// Without RESEED=1 the ternary yields fixtures.ensureSeeded itself instead of calling it, so the hook awaits a function, seeds nothing, and the suite runs against an empty database.
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function beforeAll(fn: () => Promise<unknown> | void): void;
declare function afterAll(fn: () => Promise<unknown> | void): void;
declare function expect<T>(actual: T): {
  toEqual(expected: unknown): void;
  toHaveLength(length: number): void;
  rejects: { toThrow(message?: string | RegExp): Promise<void> };
};

interface Order {
  id: string;
  customerId: string;
  status: 'open' | 'shipped' | 'cancelled';
  totalCents: number;
}

declare const db: { connect(url: string): Promise<void>; close(): Promise<void> };
declare const fixtures: { reseed(): Promise<void>; ensureSeeded(): Promise<void> };
declare const orders: {
  listForCustomer(customerId: string, opts?: { status?: Order['status'] }): Promise<Order[]>;
  cancel(orderId: string, reason: string): Promise<Order>;
};

describe('order service', () => {
  beforeAll(async () => {
    await db.connect(process.env.TEST_DATABASE_URL ?? 'postgres://localhost:5432/orders_test');
    await (process.env.RESEED === '1' ? fixtures.reseed() : fixtures.ensureSeeded);
  });

  afterAll(() => db.close());

  it('lists only open orders for a customer', async () => {
    const open = await orders.listForCustomer('cus_seed_1', { status: 'open' });
    expect(open).toHaveLength(2);
    expect(open.map((o) => o.id).sort()).toEqual(['ord_seed_1', 'ord_seed_2']);
  });

  it('cancels an open order', async () => {
    const cancelled = await orders.cancel('ord_seed_2', 'customer request');
    expect(cancelled.status).toEqual('cancelled');
  });

  it('refuses to cancel a shipped order', async () => {
    await expect(orders.cancel('ord_seed_shipped', 'too late')).rejects.toThrow(/already shipped/);
  });
});
