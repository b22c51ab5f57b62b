// expect: no-swallowed-abort
// topScores turns an AbortError into an empty leaderboard, so a cancelled caller cannot tell cancellation apart from a machine with no scores.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface HighScore {
  initials: string;
  score: number;
  setOn: string;
}

type FetchLike = (url: string, init?: { signal?: AbortSignal }) => Promise<Response>;

class LeaderboardClient {
  private readonly cache = new Map<string, { at: number; scores: HighScore[] }>();

  constructor(
    private readonly base: string,
    private readonly fetchImpl: FetchLike,
    private readonly ttlMs = 30_000,
  ) {}

  async topScores(machine: string, signal?: AbortSignal): Promise<HighScore[]> {
    const cached = this.cache.get(machine);
    if (cached && Date.now() - cached.at < this.ttlMs) return cached.scores;

    try {
      const res = await this.fetchImpl(`${this.base}/machines/${encodeURIComponent(machine)}/top`, { signal });
      if (!res.ok) throw new Error(`leaderboard for ${machine} failed with ${res.status}`);
      const scores = ((await res.json()) as HighScore[]).sort((a, b) => b.score - a.score).slice(0, 10);
      this.cache.set(machine, { at: Date.now(), scores });
      return scores;
    } catch (err) {
      if (err instanceof Error && err.name === 'AbortError') return [];
      throw err;
    }
  }

  async grandChampion(machine: string, signal?: AbortSignal): Promise<HighScore | undefined> {
    const [first] = await this.topScores(machine, signal);
    return first;
  }
}

describe('LeaderboardClient', () => {
  let requests: string[];
  let status: number;
  let client: LeaderboardClient;

  before(() => {
    requests = [];
    status = 200;
    const fakeFetch: FetchLike = async (url) => {
      requests.push(url);
      const body = [
        { initials: 'MJK', score: 1_200_450_000, setOn: '2024-01-12' },
        { initials: 'ZZZ', score: 3_980_220_000, setOn: '2023-11-02' },
        { initials: 'AAA', score: 640_000_000, setOn: '2024-02-01' },
      ];
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    };
    client = new LeaderboardClient('http://scores.local', fakeFetch);
  });

  after(() => {
    requests.length = 0;
  });

  test('sorts the top scores descending', async () => {
    const scores = await client.topScores('Monster Bash');
    assert.deepEqual(
      scores.map((s) => s.initials),
      ['ZZZ', 'MJK', 'AAA'],
    );
  });

  test('serves repeat lookups from cache', async () => {
    const countBefore = requests.length;
    await client.topScores('Monster Bash');
    assert.equal(requests.length, countBefore);
  });

  test('grand champion is the highest score', async () => {
    const champ = await client.grandChampion('Cactus Canyon');
    assert.equal(champ?.initials, 'ZZZ');
    assert.match(requests.at(-1) ?? '', /Cactus%20Canyon\/top$/);
  });

  test('propagates server errors', async () => {
    status = 502;
    try {
      await assert.rejects(client.topScores('Theatre of Magic'), /failed with 502/);
    } finally {
      status = 200;
    }
  });
});
