// expect: none
// Every async assertion is awaited and the per-match writes are combined with Promise.all, so all rejections reach the test runner.
import assert from 'node:assert/strict';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function beforeEach(fn: () => Promise<void> | void): void;

interface Team {
  tag: string;
  elo: number;
}

interface Match {
  round: number;
  slot: number;
  home: string;
  away: string | null;
}

class BracketStore {
  private readonly matches = new Map<string, Match>();
  locked = false;

  async save(match: Match): Promise<void> {
    await Promise.resolve();
    if (this.locked) throw new Error('bracket is locked after check-in closes');
    this.matches.set(`${match.round}:${match.slot}`, match);
  }

  get size(): number {
    return this.matches.size;
  }

  get(round: number, slot: number): Match | undefined {
    return this.matches.get(`${round}:${slot}`);
  }
}

function seed(teams: Team[]): Match[] {
  const sorted = [...teams].sort((a, b) => b.elo - a.elo);
  let size = 1;
  while (size < sorted.length) size *= 2;
  const matches: Match[] = [];
  for (let i = 0; i < size / 2; i++) {
    matches.push({ round: 1, slot: i, home: sorted[i].tag, away: sorted[size - 1 - i]?.tag ?? null });
  }
  return matches;
}

describe('first-round seeding', () => {
  let store: BracketStore;
  const teams: Team[] = [
    { tag: 'NVX', elo: 2210 },
    { tag: 'KRK', elo: 2105 },
    { tag: 'OWL', elo: 1990 },
    { tag: 'FZN', elo: 1874 },
    { tag: 'TMP', elo: 1802 },
  ];

  beforeEach(() => {
    store = new BracketStore();
  });

  it('gives the top seeds byes when the field is not a power of two', async () => {
    const matches = seed(teams);
    await Promise.all(matches.map(async (m) => store.save(m)));
    assert.equal(store.size, 4);
    assert.equal(store.get(1, 0)?.away, null);
    assert.equal(store.get(1, 3)?.home, 'FZN');
    assert.equal(store.get(1, 3)?.away, 'TMP');
  });

  it('refuses writes once the bracket is locked', async () => {
    store.locked = true;
    await assert.rejects(store.save(seed(teams)[0]), /locked/);
    assert.equal(store.size, 0);
  });
});
