// expect: no-promise-as-value
// hasActiveStarter is async, so expect(...).toBeTruthy() is asserting on the Promise object itself and the test passes whether or not a rye starter is active.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface StarterRecord {
  name: string;
  flour: 'rye' | 'white' | 'spelt';
  lastFed: Date;
  risePct: number;
}

interface StarterStore {
  all(): Promise<StarterRecord[]>;
}

class StarterShelf {
  constructor(private readonly store: StarterStore, private readonly now: () => Date = () => new Date()) {}

  async active(): Promise<StarterRecord[]> {
    const cutoff = this.now().getTime() - 36 * 3_600_000;
    return (await this.store.all()).filter((s) => s.lastFed.getTime() >= cutoff);
  }

  async hasActiveStarter(flour: StarterRecord['flour']): Promise<boolean> {
    return (await this.active()).some((s) => s.flour === flour);
  }

  async readyToBake(): Promise<string[]> {
    return (await this.active()).filter((s) => s.risePct >= 80).map((s) => s.name);
  }
}

describe('StarterShelf', () => {
  const now = new Date('2024-03-14T06:00:00Z');
  let records: StarterRecord[];
  let shelf: StarterShelf;

  beforeEach(() => {
    records = [
      { name: 'Rye Rita', flour: 'rye', lastFed: new Date('2024-03-13T20:00:00Z'), risePct: 95 },
      { name: 'Old Bertha', flour: 'white', lastFed: new Date('2024-03-10T08:00:00Z'), risePct: 120 },
      { name: 'Speltie', flour: 'spelt', lastFed: new Date('2024-03-14T01:00:00Z'), risePct: 40 },
    ];
    shelf = new StarterShelf({ all: vi.fn(async () => records) }, () => now);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('ignores starters that have not been fed for 36 hours', async () => {
    const names = (await shelf.active()).map((s) => s.name);
    expect(names).toEqual(['Rye Rita', 'Speltie']);
  });

  it('knows there is an active rye starter', () => {
    expect(shelf.hasActiveStarter('rye')).toBeTruthy();
  });

  it('lists only peaked starters as ready to bake', async () => {
    await expect(shelf.readyToBake()).resolves.toEqual(['Rye Rita']);
  });
});
