// expect: none
// The function references here are deliberate: typeof checks and task arrays that are called in map(task => task()) before Promise.all.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';

interface Crew { id: string; members: number; certifiedLadder: boolean }

class CrewRoster {
  constructor(private readonly source: () => Promise<Crew[]>) {}

  async available(minMembers: number): Promise<Crew[]> {
    const crews = await this.source();
    return crews.filter((c) => c.members >= minMembers);
  }

  async ladderCrews(): Promise<Crew[]> {
    return (await this.source()).filter((c) => c.certifiedLadder);
  }
}

describe('orchard crew roster', () => {
  let source: ReturnType<typeof mock.fn<() => Promise<Crew[]>>>;
  let roster: CrewRoster;

  beforeEach(() => {
    mock.timers.enable({ apis: ['setTimeout'] });
    source = mock.fn(async () => [
      { id: 'north', members: 4, certifiedLadder: true },
      { id: 'south', members: 2, certifiedLadder: false },
      { id: 'cider', members: 6, certifiedLadder: true },
    ]);
    roster = new CrewRoster(source);
  });

  afterEach(() => {
    mock.timers.reset();
    mock.restoreAll();
  });

  it('exposes its queries as methods', () => {
    assert.equal(typeof roster.available, 'function');
    assert.equal(typeof roster.ladderCrews, 'function');
  });

  it('runs independent queries together', async () => {
    const tasks = [() => roster.available(3), () => roster.ladderCrews()];
    const [big, ladder] = await Promise.all(tasks.map((task) => task()));
    assert.deepEqual(big.map((c) => c.id), ['north', 'cider']);
    assert.deepEqual(ladder.map((c) => c.id), ['north', 'cider']);
    assert.equal(source.mock.callCount(), 2);
  });

  it('waits for a delayed source', async () => {
    source.mock.mockImplementation(
      () => new Promise<Crew[]>((resolve) => setTimeout(() => resolve([{ id: 'late', members: 3, certifiedLadder: false }]), 1_000)),
    );
    const pending = roster.available(1);
    mock.timers.tick(1_000);
    const crews = await pending;
    assert.deepEqual(crews.map((c) => c.id), ['late']);
  });
});
