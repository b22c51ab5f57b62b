// expect: require-signal-propagation
// readLevels checks options.signal up front but calls pool.query without passing it, so an abort cannot cancel the running level query.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface QueryOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

interface DepotPool {
  query<T>(sql: string, params: unknown[], options?: QueryOptions): Promise<T[]>;
  end(): Promise<void>;
}

interface SandLevelRow {
  bay: string;
  tram_class: string;
  level_kg: number;
}

class SandLevelService {
  constructor(
    private readonly pool: DepotPool,
    private readonly lowWaterKg = 40,
  ) {}

  async readLevels(depot: string, options: { signal?: AbortSignal } = {}): Promise<SandLevelRow[]> {
    options.signal?.throwIfAborted();
    return this.pool.query<SandLevelRow>(
      'SELECT bay, tram_class, level_kg FROM sand_hoppers WHERE depot = $1 ORDER BY bay',
      [depot],
    );
  }

  async baysToRefill(depot: string, options: { signal?: AbortSignal } = {}): Promise<string[]> {
    const rows = await this.readLevels(depot, options);
    return rows.filter((r) => r.level_kg < this.lowWaterKg).map((r) => r.bay);
  }
}

function fakePool(rows: SandLevelRow[]): DepotPool & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    async query<T>(sql: string, params: unknown[]): Promise<T[]> {
      calls.push(`${sql.split(' ')[0]} ${params.join(',')}`);
      await new Promise((r) => setTimeout(r, 2));
      return rows as unknown as T[];
    },
    async end() {},
  };
}

describe('SandLevelService', () => {
  let pool: ReturnType<typeof fakePool>;
  let service: SandLevelService;

  before(() => {
    pool = fakePool([
      { bay: 'A1', tram_class: 'T3', level_kg: 120 },
      { bay: 'A2', tram_class: 'T3', level_kg: 18 },
      { bay: 'B1', tram_class: 'KT8', level_kg: 39.5 },
    ]);
    service = new SandLevelService(pool);
  });

  after(async () => {
    await pool.end();
  });

  test('reads every hopper for the depot', async () => {
    const rows = await service.readLevels('Holloway Road');
    assert.equal(rows.length, 3);
    assert.equal(pool.calls.at(-1), 'SELECT Holloway Road');
  });

  test('lists bays below the low-water mark', async () => {
    assert.deepEqual(await service.baysToRefill('Holloway Road'), ['A2', 'B1']);
  });

  test('refuses to start when already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const callsBefore = pool.calls.length;
    await assert.rejects(service.readLevels('Holloway Road', { signal: controller.signal }), { name: 'AbortError' });
    assert.equal(pool.calls.length, callsBefore);
  });
});
