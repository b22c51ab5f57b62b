// expect: none
// Values set in the 'evicted' listener are read only after an awaited operation that emits synchronously, and every assertion compares awaited results.
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeUndefined(): void;
};

interface ScoreEntry {
  catalogueNumber: string;
  composer: string;
  title: string;
  instrumentation: string[];
}

class ScoreCache extends EventEmitter {
  private readonly entries = new Map<string, ScoreEntry>();
  loads = 0;

  constructor(
    private readonly loader: (id: string) => Promise<ScoreEntry>,
    private readonly capacity: number,
  ) {
    super();
  }

  async get(id: string): Promise<ScoreEntry> {
    const hit = this.entries.get(id);
    if (hit) {
      this.entries.delete(id);
      this.entries.set(id, hit);
      return hit;
    }
    this.loads++;
    const entry = await this.loader(id);
    this.entries.set(id, entry);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
      this.emit('evicted', oldest);
    }
    return entry;
  }
}

const CATALOGUE: Record<string, ScoreEntry> = {
  'OR-101': { catalogueNumber: 'OR-101', composer: 'Sibelius', title: 'Symphony No. 2', instrumentation: ['2fl', '2ob', '4hn', 'str'] },
  'OR-204': { catalogueNumber: 'OR-204', composer: 'Dvořák', title: 'Symphony No. 8', instrumentation: ['2fl', '2ob', '2cl', 'str'] },
  'OR-317': { catalogueNumber: 'OR-317', composer: 'Elgar', title: 'Enigma Variations', instrumentation: ['2fl', 'org', 'str'] },
};

async function fakeLoader(id: string): Promise<ScoreEntry> {
  await new Promise((resolve) => setTimeout(resolve, 1));
  const entry = CATALOGUE[id];
  if (!entry) throw new Error(`no score ${id}`);
  return entry;
}

describe('ScoreCache', () => {
  let cache: ScoreCache;
  let evicted: string | undefined;

  beforeEach(() => {
    cache = new ScoreCache(fakeLoader, 2);
    evicted = undefined;
    cache.on('evicted', (id: string) => {
      evicted = id;
    });
  });

  it('loads once and then serves from memory', async () => {
    const first = await cache.get('OR-101');
    const second = await cache.get('OR-101');
    expect(second).toBe(first);
    expect(cache.loads).toBe(1);
  });

  it('evicts the least recently used score', async () => {
    await cache.get('OR-101');
    await cache.get('OR-204');
    await cache.get('OR-101');
    expect(evicted).toBeUndefined();
    await cache.get('OR-317');
    expect(evicted).toBe('OR-204');
  });

  it('returns the catalogue entry for a score', async () => {
    const entry = await cache.get('OR-317');
    expect(entry.composer).toBe('Elgar');
    expect(entry.instrumentation).toEqual(['2fl', 'org', 'str']);
  });

  it('surfaces loader failures', async () => {
    let message = '';
    try {
      await cache.get('OR-999');
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toBe('no score OR-999');
  });
});
