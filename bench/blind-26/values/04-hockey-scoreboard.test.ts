// expect: no-promise-as-value
// The "second period" test passes the unresolved board.period() promise to assert.equal instead of awaiting the period number.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface StateStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
}

class MemoryStore implements StateStore {
  private readonly data = new Map<string, string>();
  async get(key: string) {
    return this.data.get(key);
  }
  async set(key: string, value: string) {
    this.data.set(key, value);
  }
}

class Scoreboard {
  constructor(private readonly store: StateStore, private readonly periods = 3) {}

  async period(): Promise<number> {
    return Number((await this.store.get('period')) ?? '1');
  }

  async score(team: 'home' | 'away'): Promise<number> {
    return Number((await this.store.get(`score:${team}`)) ?? '0');
  }

  async goal(team: 'home' | 'away'): Promise<void> {
    const current = await this.score(team);
    await this.store.set(`score:${team}`, String(current + 1));
  }

  async horn(): Promise<'intermission' | 'final'> {
    const p = await this.period();
    if (p >= this.periods) {
      const [home, away] = await Promise.all([this.score('home'), this.score('away')]);
      if (home !== away) return 'final';
    }
    await this.store.set('period', String(p + 1));
    return 'intermission';
  }
}

describe('Scoreboard', () => {
  let store: MemoryStore;
  let board: Scoreboard;

  beforeEach(() => {
    store = new MemoryStore();
    board = new Scoreboard(store);
  });

  it('starts in the first period with no goals', async () => {
    assert.equal(await board.period(), 1);
    assert.equal(await board.score('home'), 0);
    assert.equal(await board.score('away'), 0);
  });

  it('counts goals per team', async () => {
    await board.goal('home');
    await board.goal('home');
    await board.goal('away');
    assert.equal(await board.score('home'), 2);
    assert.equal(await board.score('away'), 1);
  });

  it('moves to the second period after the first horn', async () => {
    const result = await board.horn();
    assert.equal(result, 'intermission');
    assert.equal(board.period(), 2);
  });

  it('goes to overtime when tied after regulation', async () => {
    await store.set('period', '3');
    await board.goal('home');
    await board.goal('away');
    assert.equal(await board.horn(), 'intermission');
    assert.equal(await board.period(), 4);
  });

  it('ends the game when regulation finishes with a lead', async () => {
    await store.set('period', '3');
    await board.goal('away');
    assert.equal(await board.horn(), 'final');
  });
});
