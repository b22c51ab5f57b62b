// expect: none
// beforeEach/afterEach are handed async function references that vitest itself calls and awaits, and Promise.all gets the promises returned by seedCustomers() and seedCatalog().
import assert from 'node:assert/strict';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function beforeEach(fn: () => Promise<void> | void): void;
declare function afterEach(fn: () => Promise<void> | void): void;
declare function expect<T>(actual: T): {
  toEqual(expected: unknown): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

interface Order {
  id: string;
  customerId: string;
  totalCents: number;
}

declare const testDb: {
  query<T = unknown>(sql: string, params?: unknown[]): Promise<T[]>;
  truncate(...tables: string[]): Promise<void>;
};
declare function createOrdersService(db: typeof testDb): {
  placeOrder(input: { customerId: string; sku: string; qty: number }): Promise<Order>;
  listOrders(customerId: string): Promise<Order[]>;
};

async function seedCustomers(): Promise<void> {
  await testDb.query('INSERT INTO customers (id, email, tier) VALUES ($1, $2, $3), ($4, $5, $6)', [
    'cus_1',
    'ada@example.com',
    'gold',
    'cus_2',
    'linus@example.com',
    'standard',
  ]);
}

async function seedCatalog(): Promise<void> {
  await testDb.query('INSERT INTO products (sku, price_cents, stock) VALUES ($1, $2, $3), ($4, $5, $6)', [
    'SKU-KEYBOARD',
    8900,
    10,
    'SKU-MOUSE',
    2900,
    0,
  ]);
}

async function resetTables(): Promise<void> {
  await testDb.truncate('orders', 'products', 'customers');
}

describe('orders service', () => {
  const service = createOrdersService(testDb);

  beforeEach(async () => {
    await Promise.all([seedCustomers(), seedCatalog()]);
  });
  afterEach(resetTables);

  it('prices an order from the catalog', async () => {
    const order = await service.placeOrder({ customerId: 'cus_1', sku: 'SKU-KEYBOARD', qty: 2 });
    assert.equal(order.totalCents, 17_800);
    expect(await service.listOrders('cus_1')).toEqual([order]);
  });

  it('refuses out-of-stock items', async () => {
    await expect(service.placeOrder({ customerId: 'cus_2', sku: 'SKU-MOUSE', qty: 1 })).rejects.toThrow(/out of stock/);
    assert.deepEqual(await service.listOrders('cus_2'), []);
  });

  it('refuses unknown customers', async () => {
    await expect(service.placeOrder({ customerId: 'cus_404', sku: 'SKU-KEYBOARD', qty: 1 })).rejects.toThrow('unknown customer');
  });
});
