// expect: no-uncalled-async-function
// afterEach awaits the method reference `pool.end` instead of calling it, so no pool is ever closed: each test leaks its connections until Postgres answers "too many clients already" and the worker cannot exit.
import { randomUUID } from 'node:crypto';

interface Invoice {
  id: string;
  totalCents: number;
}
declare class InvoiceRepo {
  constructor(pool: Pool);
  create(customerId: string, lines: Array<{ sku: string; quantity: number; unitCents: number }>): Promise<Invoice>;
  finalize(id: string): Promise<void>;
  listOpen(customerId: string): Promise<Invoice[]>;
}

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function beforeEach(fn: () => Promise<void> | void): void;
declare function afterEach(fn: () => Promise<void> | void): void;
declare function expect(value: unknown): {
  toEqual(expected: unknown): void;
  toBe(expected: unknown): void;
  toHaveLength(n: number): void;
  rejects: { toThrow(match?: string | RegExp): Promise<void> };
};

interface Pool {
  query<R = unknown>(sql: string, params?: unknown[]): Promise<{ rows: R[]; rowCount: number }>;
  end(): Promise<void>;
}
declare function createPool(opts: { connectionString: string; max: number }): Pool;

const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@localhost:5432/billing_test';

describe('InvoiceRepo', () => {
  let pool: Pool;
  let repo: InvoiceRepo;
  let customer: string;

  beforeEach(async () => {
    pool = createPool({ connectionString: DATABASE_URL, max: 4 });
    await pool.query('TRUNCATE invoices, invoice_lines RESTART IDENTITY CASCADE');
    customer = `c_${randomUUID()}`;
    await pool.query('INSERT INTO customers (id, name) VALUES ($1, $2)', [customer, 'Acme']);
    repo = new InvoiceRepo(pool);
  });

  afterEach(async () => {
    await pool.query('TRUNCATE invoices, invoice_lines RESTART IDENTITY CASCADE');
    await pool.end;
  });

  it('creates an invoice with its lines and totals', async () => {
    const inv = await repo.create(customer, [
      { sku: 'seat', quantity: 12, unitCents: 900 },
      { sku: 'storage-gb', quantity: 40, unitCents: 5 },
    ]);
    expect(inv.totalCents).toBe(12 * 900 + 40 * 5);
    const { rows } = await pool.query('SELECT sku FROM invoice_lines WHERE invoice_id = $1', [inv.id]);
    expect(rows).toHaveLength(2);
  });

  it('refuses to finalize an invoice twice', async () => {
    const inv = await repo.create(customer, [{ sku: 'seat', quantity: 1, unitCents: 900 }]);
    await repo.finalize(inv.id);
    await expect(repo.finalize(inv.id)).rejects.toThrow(/already finalized/);
  });

  it('lists open invoices for a customer, newest first', async () => {
    const a = await repo.create(customer, [{ sku: 'seat', quantity: 1, unitCents: 900 }]);
    const b = await repo.create(customer, [{ sku: 'seat', quantity: 2, unitCents: 900 }]);
    const open = await repo.listOpen(customer);
    expect(open.map((i) => i.id)).toEqual([b.id, a.id]);
  });
});
