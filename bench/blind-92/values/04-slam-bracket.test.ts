// expect: no-promise-as-value
// bracket.isOpen() is async, so assert.ok(bracket.isOpen()) checks a Promise (always truthy) and the "open after seeding" test passes whether or not the bracket opened.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';

interface Poet {
  id: string;
  name: string;
  seedScore: number;
}

interface BracketStore {
  load(eventId: string): Promise<{ seeded: Poet[]; openedAt: string | null } | null>;
  save(eventId: string, data: { seeded: Poet[]; openedAt: string | null }): Promise<void>;
}

class Bracket {
  constructor(private readonly store: BracketStore, private readonly eventId: string) {}

  async seed(poets: Poet[]): Promise<Poet[]> {
    if (poets.length < 4) throw new Error('a bracket needs at least four poets');
    const seeded = [...poets].sort((a, b) => b.seedScore - a.seedScore);
    await this.store.save(this.eventId, { seeded, openedAt: new Date().toISOString() });
    return seeded;
  }

  async isOpen(): Promise<boolean> {
    const data = await this.store.load(this.eventId);
    return Boolean(data?.openedAt);
  }

  async firstRoundPairs(): Promise<Array<[string, string]>> {
    const data = await this.store.load(this.eventId);
    if (!data) return [];
    const s = data.seeded;
    const pairs: Array<[string, string]> = [];
    for (let i = 0; i < s.length / 2; i++) pairs.push([s[i].name, s[s.length - 1 - i].name]);
    return pairs;
  }
}

function memoryStore(): BracketStore {
  const data = new Map<string, { seeded: Poet[]; openedAt: string | null }>();
  return {
    load: async (id) => data.get(id) ?? null,
    save: async (id, value) => {
      data.set(id, value);
    },
  };
}

const POETS: Poet[] = [
  { id: 'p1', name: 'Rosa', seedScore: 28.9 },
  { id: 'p2', name: 'Kwame', seedScore: 29.6 },
  { id: 'p3', name: 'Lior', seedScore: 27.4 },
  { id: 'p4', name: 'Saoirse', seedScore: 28.1 },
];

describe('Bracket', () => {
  let store: BracketStore;
  let bracket: Bracket;

  beforeEach(() => {
    store = memoryStore();
    bracket = new Bracket(store, 'grand-slam-2025');
  });

  afterEach(() => {
    mock.restoreAll();
  });

  it('seeds by qualifying score', async () => {
    const seeded = await bracket.seed(POETS);
    assert.deepEqual(
      seeded.map((p) => p.name),
      ['Kwame', 'Rosa', 'Saoirse', 'Lior'],
    );
  });

  it('is open after seeding', async () => {
    await bracket.seed(POETS);
    assert.ok(bracket.isOpen());
  });

  it('pairs top seed with bottom seed', async () => {
    await bracket.seed(POETS);
    assert.deepEqual(await bracket.firstRoundPairs(), [
      ['Kwame', 'Lior'],
      ['Rosa', 'Saoirse'],
    ]);
  });

  it('refuses a bracket of three', async () => {
    const save = mock.method(store, 'save');
    await assert.rejects(bracket.seed(POETS.slice(0, 3)), /at least four/);
    assert.equal(save.mock.callCount(), 0);
  });
});
