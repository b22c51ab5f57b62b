// expect: no-uncalled-async-function
// afterEach does `await harness.teardown` without calling it, so the per-test registry schema is never dropped between tests.
import { randomUUID } from 'node:crypto';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function beforeEach(fn: () => Promise<void> | void): void;
declare function afterEach(fn: () => Promise<void> | void): void;
declare function expect<T>(actual: T): {
  toBe(expected: T): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
};

interface DonorRecord {
  id: string;
  bloodType: 'O-' | 'O+' | 'A-' | 'A+' | 'B-' | 'B+' | 'AB-' | 'AB+';
  organ: 'kidney' | 'liver' | 'heart';
  region: string;
}

declare function createRegistry(schema: string): {
  register(donor: DonorRecord): Promise<void>;
  match(recipient: { bloodType: DonorRecord['bloodType']; organ: DonorRecord['organ']; region: string }): Promise<DonorRecord[]>;
  dropSchema(): Promise<void>;
  close(): Promise<void>;
};

class RegistryHarness {
  readonly schema = `test_${randomUUID().replace(/-/g, '')}`;
  readonly registry = createRegistry(this.schema);

  async seed(donors: Omit<DonorRecord, 'id'>[]): Promise<DonorRecord[]> {
    const records = donors.map((d) => ({ ...d, id: randomUUID() }));
    for (const record of records) {
      await this.registry.register(record);
    }
    return records;
  }

  async teardown(): Promise<void> {
    try {
      await this.registry.dropSchema();
    } finally {
      await this.registry.close();
    }
  }
}

describe('donor matching', () => {
  let harness: RegistryHarness;

  beforeEach(() => {
    harness = new RegistryHarness();
  });

  afterEach(async () => {
    await harness.teardown;
  });

  it('matches universal donors to any recipient in region', async () => {
    const [universal] = await harness.seed([
      { bloodType: 'O-', organ: 'kidney', region: 'north' },
      { bloodType: 'A+', organ: 'kidney', region: 'north' },
    ]);
    const matches = await harness.registry.match({ bloodType: 'B+', organ: 'kidney', region: 'north' });
    expect(matches.map((m) => m.id)).toEqual([universal.id]);
  });

  it('does not cross regions', async () => {
    await harness.seed([{ bloodType: 'O-', organ: 'liver', region: 'south' }]);
    const matches = await harness.registry.match({ bloodType: 'O-', organ: 'liver', region: 'north' });
    expect(matches).toHaveLength(0);
  });

  it('filters by organ', async () => {
    await harness.seed([
      { bloodType: 'AB+', organ: 'heart', region: 'east' },
      { bloodType: 'AB+', organ: 'kidney', region: 'east' },
    ]);
    const matches = await harness.registry.match({ bloodType: 'AB+', organ: 'heart', region: 'east' });
    expect(matches).toHaveLength(1);
    expect(matches[0].organ).toBe('heart');
  });
});
