// expect: no-multiple-settle
// buildLineup uses an async executor that awaits the roster store before it settles, so when the store rejects the rejection escapes the executor as an unhandled rejection and the lineup promise never settles.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';

interface Skater {
  number: string;
  name: string;
  position: 'jammer' | 'blocker' | 'pivot';
  suspended: boolean;
}

interface RosterStore {
  roster(teamId: string): Promise<Skater[]>;
  close(): Promise<void>;
}

interface Lineup {
  teamId: string;
  jammer: Skater;
  pivot: Skater;
  blockers: Skater[];
}

class LineupBuilder {
  constructor(private readonly store: RosterStore) {}

  buildLineup(teamId: string): Promise<Lineup> {
    return new Promise<Lineup>(async (resolve, reject) => {
      const eligible = (await this.store.roster(teamId)).filter((s) => !s.suspended);
      const jammer = eligible.find((s) => s.position === 'jammer');
      const pivot = eligible.find((s) => s.position === 'pivot');
      const blockers = eligible.filter((s) => s.position === 'blocker').slice(0, 3);
      if (!jammer || !pivot || blockers.length < 3) {
        reject(new Error(`team ${teamId} cannot field a legal lineup`));
        return;
      }
      resolve({ teamId, jammer, pivot, blockers });
    });
  }
}

const skater = (number: string, position: Skater['position'], suspended = false): Skater => ({
  number,
  name: `Skater ${number}`,
  position,
  suspended,
});

describe('LineupBuilder', () => {
  let store: RosterStore;
  let roster: ReturnType<typeof mock.fn<RosterStore['roster']>>;
  let builder: LineupBuilder;

  beforeEach(() => {
    roster = mock.fn<RosterStore['roster']>(async () => [
      skater('7', 'jammer'),
      skater('12', 'pivot'),
      skater('21', 'blocker'),
      skater('33', 'blocker'),
      skater('44', 'blocker', true),
      skater('58', 'blocker'),
    ]);
    store = { roster, close: mock.fn(async () => {}) };
    builder = new LineupBuilder(store);
  });

  afterEach(async () => {
    await store.close();
    mock.restoreAll();
  });

  it('skips suspended skaters', async () => {
    const lineup = await builder.buildLineup('rollin-thunder');
    assert.equal(lineup.jammer.number, '7');
    assert.deepEqual(lineup.blockers.map((b) => b.number), ['21', '33', '58']);
  });

  it('rejects when no legal lineup exists', async () => {
    roster.mock.mockImplementationOnce(async () => [skater('7', 'jammer'), skater('12', 'pivot')]);
    await assert.rejects(builder.buildLineup('short-bench'), /cannot field a legal lineup/);
  });

  it('asks the store for the requested team only', async () => {
    await builder.buildLineup('derby-dolls');
    const calls = roster.mock.calls;
    assert.equal(calls.length, 1);
    assert.deepEqual(calls[0].arguments, ['derby-dolls']);
  });
});
