// expect: none
// The tests catch AbortError on purpose: the helper asserts that cancellation surfaced as AbortError and fails the test on any other outcome, so no cancellation is lost.
declare function describe(name: string, body: () => void): void;
declare function it(name: string, body: () => Promise<void> | void): void;
declare function beforeEach(hook: () => void): void;
declare function afterEach(hook: () => Promise<void> | void): void;
declare function expect<T>(actual: T): {
  toEqual(expected: unknown): void;
  rejects: { toMatchObject(expected: Record<string, unknown>): Promise<void> };
};
declare function fail(message: string): never;

interface Migration {
  id: string;
  up(tx: { exec(sql: string): Promise<void> }): Promise<void>;
}

declare function createMemoryDb(): {
  applied(): Promise<string[]>;
  close(): Promise<void>;
};
declare function runMigrations(
  db: ReturnType<typeof createMemoryDb>,
  migrations: Migration[],
  opts: { signal?: AbortSignal },
): Promise<{ applied: string[] }>;

async function expectCancelled(work: Promise<unknown>): Promise<void> {
  try {
    await work;
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') return;
    throw err;
  }
  fail('expected the migration run to be cancelled');
}

describe('runMigrations cancellation', () => {
  let db: ReturnType<typeof createMemoryDb>;

  beforeEach(() => {
    db = createMemoryDb();
  });

  afterEach(async () => {
    await db.close();
  });

  it('stops between migrations once the signal fires', async () => {
    const controller = new AbortController();
    const migrations: Migration[] = [
      { id: '001_users', up: (tx) => tx.exec('create table users (id text primary key)') },
      {
        id: '002_orders',
        up: async (tx) => {
          await tx.exec('create table orders (id text primary key, user_id text)');
          controller.abort();
        },
      },
      { id: '003_invoices', up: (tx) => tx.exec('create table invoices (id text primary key)') },
    ];

    await expectCancelled(runMigrations(db, migrations, { signal: controller.signal }));
    expect(await db.applied()).toEqual(['001_users', '002_orders']);
  });

  it('does not touch the database when already aborted', async () => {
    const migrations: Migration[] = [{ id: '001_users', up: (tx) => tx.exec('create table users (id text primary key)') }];
    await expect(runMigrations(db, migrations, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    expect(await db.applied()).toEqual([]);
  });
});

export {};
