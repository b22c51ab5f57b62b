// expect: no-swallowed-abort
// loadRoster() catches every fetch failure, including the AbortError from the caller's signal, and returns the last known roster as if the request had succeeded.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface RosterEntry {
  shearer: string;
  stand: number;
  run: 1 | 2 | 3 | 4;
}

class RosterSync {
  private lastKnown: RosterEntry[] = [];
  failures = 0;

  constructor(
    private readonly baseUrl: string,
    private readonly fetchImpl: typeof fetch = (input, init) => fetch(input, init),
  ) {}

  async loadRoster(shed: string, signal: AbortSignal): Promise<RosterEntry[]> {
    try {
      const res = await this.fetchImpl(`${this.baseUrl}/sheds/${shed}/roster`, { signal });
      if (!res.ok) throw new Error(`roster service returned ${res.status}`);
      const roster = (await res.json()) as RosterEntry[];
      this.lastKnown = roster;
      return roster;
    } catch (err) {
      this.failures += 1;
      console.warn(`roster for ${shed} unavailable, using last known copy:`, err);
      return this.lastKnown;
    }
  }

  standFor(shearer: string): number | undefined {
    return this.lastKnown.find((e) => e.shearer === shearer)?.stand;
  }
}

const roster: RosterEntry[] = [
  { shearer: 'Mere', stand: 1, run: 1 },
  { shearer: 'Jock', stand: 2, run: 1 },
];

describe('RosterSync', () => {
  let originalWarn: typeof console.warn;

  before(() => {
    originalWarn = console.warn;
    console.warn = () => {};
  });

  after(() => {
    console.warn = originalWarn;
  });

  test('loads and caches the roster', async () => {
    const sync = new RosterSync('http://shed.local', async () => Response.json(roster));
    const result = await sync.loadRoster('woolshed-north', new AbortController().signal);
    assert.deepEqual(result, roster);
    assert.equal(sync.standFor('Jock'), 2);
  });

  test('falls back to the last known roster when the service is down', async () => {
    let calls = 0;
    const sync = new RosterSync('http://shed.local', async () => {
      calls += 1;
      return calls === 1 ? Response.json(roster) : new Response('bad gateway', { status: 502 });
    });
    await sync.loadRoster('woolshed-north', new AbortController().signal);
    const second = await sync.loadRoster('woolshed-north', new AbortController().signal);
    assert.deepEqual(second, roster);
    assert.equal(sync.failures, 1);
  });

  test('returns an empty roster on first-load network failure', async () => {
    const sync = new RosterSync('http://shed.local', async () => {
      throw new TypeError('fetch failed');
    });
    const result = await sync.loadRoster('woolshed-south', new AbortController().signal);
    assert.deepEqual(result, []);
  });
});
