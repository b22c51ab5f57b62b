// expect: no-uncalled-async-function
// `await fixtures.seed` awaits the method itself instead of calling it, so the tables are truncated but never reseeded and the lookup tests run against an empty database.
import { describe, it, before, beforeEach, after } from 'node:test';
import assert from 'node:assert/strict';

interface Order {
  id: string;
  customerId: string;
  totalCents: number;
  status: 'pending' | 'shipped' | 'cancelled';
}

declare function createTestDb(name: string): Promise<{
  query<R = unknown>(sql: string, params?: unknown[]): Promise<R[]>;
  drop(): Promise<void>;
}>;
declare function makeOrdersRepo(db: Awaited<ReturnType<typeof createTestDb>>): {
  byCustomer(customerId: string): Promise<Order[]>;
  cancel(id: string): Promise<Order>;
};

class Fixtures {
  constructor(private readonly db: Awaited<ReturnType<typeof createTestDb>>) {}

  async truncate(): Promise<void> {
    await this.db.query('TRUNCATE orders RESTART IDENTITY CASCADE');
  }

  async seed(): Promise<void> {
    const rows: Order[] = [
      { id: 'o-1', customerId: 'c-1', totalCents: 1999, status: 'pending' },
      { id: 'o-2', customerId: 'c-1', totalCents: 500, status: 'shipped' },
      { id: 'o-3', customerId: 'c-2', totalCents: 12000, status: 'pending' },
    ];
    for (const r of rows) {
      await this.db.query('INSERT INTO orders (id, customer_id, total_cents, status) VALUES ($1,$2,$3,$4)', [
        r.id,
        r.customerId,
        r.totalCents,
        r.status,
      ]);
    }
  }
}

describe('orders repository', () => {
  let db: Awaited<ReturnType<typeof createTestDb>>;
  let fixtures: Fixtures;

  before(async () => {
    db = await createTestDb('orders_repo');
    fixtures = new Fixtures(db);
  });
  after(async () => db.drop());

  beforeEach(async () => {
    await fixtures.truncate();
    await fixtures.seed;
  });

  it("lists a customer's orders", async () => {
    const orders = await makeOrdersRepo(db).byCustomer('c-1');
    assert.deepEqual(orders.map((o) => o.id).sort(), ['o-1', 'o-2']);
  });

  it('cancels a pending order', async () => {
    const cancelled = await makeOrdersRepo(db).cancel('o-3');
    assert.equal(cancelled.status, 'cancelled');
  });
});
