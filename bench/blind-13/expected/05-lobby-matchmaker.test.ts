// expect: no-uncalled-async-function
// `await settle;` awaits the helper function itself rather than calling it, so the assertions run before the matchmaker's queued work has drained.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setImmediate as nextTick } from 'node:timers/promises';

interface Player {
  id: string;
  rating: number;
  region: 'eu' | 'na' | 'apac';
}

interface Match {
  id: string;
  region: Player['region'];
  players: string[];
}

interface Matchmaker {
  enqueue(player: Player): Promise<void>;
  onMatch(listener: (match: Match) => void): void;
  queued(region: Player['region']): number;
}

declare function createMatchmaker(opts: { teamSize: number; maxRatingGap: number }): Matchmaker;

async function settle(rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i++) await nextTick();
}

function player(id: string, rating: number, region: Player['region'] = 'eu'): Player {
  return { id, rating, region };
}

describe('matchmaker', () => {
  let mm: Matchmaker;
  let matches: Match[];

  beforeEach(() => {
    mm = createMatchmaker({ teamSize: 2, maxRatingGap: 150 });
    matches = [];
    mm.onMatch((m) => matches.push(m));
  });

  it('pairs players with close ratings in the same region', async () => {
    await mm.enqueue(player('ana', 1500));
    await mm.enqueue(player('bo', 1560));
    await settle();

    assert.equal(matches.length, 1);
    assert.deepEqual([...matches[0].players].sort(), ['ana', 'bo']);
    assert.equal(mm.queued('eu'), 0);
  });

  it('keeps players apart when the rating gap is too large', async () => {
    await Promise.all([mm.enqueue(player('cy', 1200)), mm.enqueue(player('dee', 1900))]);
    await settle();

    assert.equal(matches.length, 0);
    assert.equal(mm.queued('eu'), 2);
  });

  it('never matches across regions', async () => {
    const joins = [player('eli', 1400, 'na'), player('fay', 1410, 'apac'), player('gus', 1405, 'na')];
    for (const p of joins) await mm.enqueue(p);
    await settle;

    assert.equal(matches.length, 1);
    assert.equal(matches[0].region, 'na');
    assert.equal(mm.queued('apac'), 1);
  });
});
