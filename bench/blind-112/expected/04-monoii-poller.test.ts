// expect: no-reused-settled-promise
// waitForRuling requests the ruling once before the loop and re-awaits that same settled promise on every poll, so a first "conferring" answer is seen on every iteration and the poll can only time out.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

type Ruling =
  | { state: 'conferring' }
  | { state: 'decided'; winner: 'east' | 'west'; torinaoshi: boolean };

interface ShimpanFeed {
  ruling(boutId: string): Promise<Ruling>;
}

class MonoiiWatcher {
  constructor(
    private readonly feed: ShimpanFeed,
    private readonly pollMs: number,
    private readonly maxPolls: number,
  ) {}

  async waitForRuling(boutId: string): Promise<Extract<Ruling, { state: 'decided' }>> {
    const pending = this.feed.ruling(boutId);
    for (let i = 0; i < this.maxPolls; i++) {
      const ruling = await pending;
      if (ruling.state === 'decided') return ruling;
      await sleep(this.pollMs);
    }
    throw new Error(`no ruling for bout ${boutId} after ${this.maxPolls} polls`);
  }
}

describe('MonoiiWatcher', () => {
  const scripted = new Map<string, Ruling[]>();
  let calls = 0;
  let watcher: MonoiiWatcher;

  before(() => {
    scripted.set('D9-B17', [{ state: 'decided', winner: 'west', torinaoshi: false }]);
    scripted.set('D9-B18', [{ state: 'decided', winner: 'east', torinaoshi: true }]);
    scripted.set('D9-B19', [{ state: 'conferring' }]);
    const feed: ShimpanFeed = {
      async ruling(boutId) {
        calls++;
        const queue = scripted.get(boutId) ?? [];
        return queue.length > 1 ? queue.shift()! : queue[0];
      },
    };
    watcher = new MonoiiWatcher(feed, 1, 5);
  });

  after(() => {
    scripted.clear();
  });

  test('returns an immediate decision', async () => {
    const ruling = await watcher.waitForRuling('D9-B17');
    assert.equal(ruling.winner, 'west');
    assert.equal(ruling.torinaoshi, false);
  });

  test('reports a rematch when the judges order torinaoshi', async () => {
    const ruling = await watcher.waitForRuling('D9-B18');
    assert.equal(ruling.winner, 'east');
    assert.equal(ruling.torinaoshi, true);
  });

  test('gives up when the conference never ends', async () => {
    const before = calls;
    await assert.rejects(watcher.waitForRuling('D9-B19'), /no ruling for bout D9-B19 after 5 polls/);
    assert.ok(calls > before);
  });
});
