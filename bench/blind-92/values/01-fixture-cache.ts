// expect: none
// The cache deliberately stores promises: `inflight.get(key) ?? this.load(key)` picks between two promises (not a value), and the result is awaited before it is used or serialised.
export interface Fixture {
  id: string;
  division: string;
  home: string;
  away: string;
  field: string;
  faceoff: string; // ISO date-time
}

declare const leagueApi: {
  fixtures(division: string, round: number): Promise<Fixture[]>;
};

interface Entry {
  value: Promise<Fixture[]>;
  expires: number;
}

/**
 * Fixture lists are hit hard on Saturday mornings when every parent opens the
 * club app at once. Concurrent requests for the same round share one upstream
 * call; failures are evicted so the next request retries.
 */
export class FixtureCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inflight = new Map<string, Promise<Fixture[]>>();

  constructor(private readonly ttlMs = 5 * 60_000) {}

  get(division: string, round: number): Promise<Fixture[]> {
    const key = `${division}:${round}`;
    const cached = this.entries.get(key);
    if (cached && cached.expires > Date.now()) return cached.value;

    const pending = this.inflight.get(key) ?? this.load(key, division, round);
    return pending;
  }

  private load(key: string, division: string, round: number): Promise<Fixture[]> {
    const value = leagueApi
      .fixtures(division, round)
      .then((list) => [...list].sort((a, b) => a.faceoff.localeCompare(b.faceoff)));
    this.inflight.set(key, value);

    value.then(
      () => {
        this.entries.set(key, { value, expires: Date.now() + this.ttlMs });
        this.inflight.delete(key);
      },
      () => {
        this.inflight.delete(key);
        this.entries.delete(key);
      },
    );
    return value;
  }

  invalidate(division: string): void {
    for (const key of this.entries.keys()) {
      if (key.startsWith(`${division}:`)) this.entries.delete(key);
    }
  }
}

export async function fixturesHandler(cache: FixtureCache, division: string, round: number) {
  const fixtures = await cache.get(division, round);
  const body = JSON.stringify({
    division,
    round,
    count: fixtures.length,
    fixtures: fixtures.map((f) => ({ ...f, label: `${f.home} v ${f.away} @ ${f.field}` })),
  });
  return new Response(body, { headers: { 'content-type': 'application/json', 'cache-control': 'max-age=60' } });
}
