// expect: require-signal-propagation
// waitForIndexed receives a signal but calls catalogue.getIndexStatus without it, even though that SDK method takes a { signal } option, so a stuck status request outlives the test's abort.
import { setTimeout as sleep } from 'node:timers/promises';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void>, timeoutMs?: number): void;
declare function afterEach(fn: () => void | Promise<void>): void;
declare function expect<T>(actual: T): {
  toBe(expected: T): void;
  toEqual(expected: unknown): void;
  toContain(item: unknown): void;
};

interface Accession {
  accessionNo: string;
  genus: string;
  species: string;
  collectedAt: string;
  germinationPct: number;
}

type IndexState = 'queued' | 'indexing' | 'indexed' | 'failed';

declare const catalogue: {
  deposit(accession: Accession, opts?: { signal?: AbortSignal }): Promise<{ id: string }>;
  getIndexStatus(id: string, opts?: { signal?: AbortSignal }): Promise<{ state: IndexState; error?: string }>;
  search(query: string, opts?: { signal?: AbortSignal }): Promise<Array<{ id: string; accessionNo: string }>>;
  purge(id: string): Promise<void>;
};

async function waitForIndexed(id: string, signal: AbortSignal, pollMs = 100): Promise<void> {
  for (;;) {
    const status = await catalogue.getIndexStatus(id);
    if (status.state === 'indexed') return;
    if (status.state === 'failed') {
      throw new Error(`indexing ${id} failed: ${status.error ?? 'unknown'}`);
    }
    await sleep(pollMs, undefined, { signal });
  }
}

function makeAccession(overrides: Partial<Accession> = {}): Accession {
  return {
    accessionNo: `SB-${Math.floor(Math.random() * 1e6)
      .toString()
      .padStart(6, '0')}`,
    genus: 'Phaseolus',
    species: 'vulgaris',
    collectedAt: '2023-09-14',
    germinationPct: 92,
    ...overrides,
  };
}

describe('seed bank catalogue search', () => {
  const created: string[] = [];

  afterEach(async () => {
    await Promise.all(created.splice(0).map((id) => catalogue.purge(id)));
  });

  it('finds a deposited accession by species once indexed', async () => {
    const signal = AbortSignal.timeout(10_000);
    const accession = makeAccession({ species: 'lunatus' });
    const { id } = await catalogue.deposit(accession, { signal });
    created.push(id);

    await waitForIndexed(id, signal);

    const hits = await catalogue.search('Phaseolus lunatus', { signal });
    expect(hits.map((h) => h.accessionNo)).toContain(accession.accessionNo);
  }, 15_000);

  it('keeps low-germination lots searchable', async () => {
    const signal = AbortSignal.timeout(10_000);
    const accession = makeAccession({ genus: 'Vicia', species: 'faba', germinationPct: 41 });
    const { id } = await catalogue.deposit(accession, { signal });
    created.push(id);

    await waitForIndexed(id, signal);

    const hits = await catalogue.search('Vicia faba', { signal });
    expect(hits.length > 0).toBe(true);
  }, 15_000);
});
