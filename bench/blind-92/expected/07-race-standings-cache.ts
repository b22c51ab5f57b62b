// expect: no-uncalled-async-function
// The loader passed to cache.getOrLoad is `async () => this.computeStandings`, which returns the method itself instead of calling it, so the cached "standings" is a function and the page renders nothing.
export interface RaceRun {
  year: number;
  race: 'men-1' | 'men-2' | 'women-1' | 'uphill' | 'junior';
  runner: string;
  hometown: string;
  position: 1 | 2 | 3;
}

export interface StandingsRow {
  runner: string;
  hometown: string;
  wins: number;
  podiums: number;
}

declare const archive: { runs(sinceYear: number): Promise<RaceRun[]> };

class TtlCache {
  private readonly store = new Map<string, { value: unknown; expires: number }>();

  async getOrLoad(key: string, loader: () => Promise<unknown>, ttlMs = 60_000): Promise<unknown> {
    const hit = this.store.get(key);
    if (hit && hit.expires > Date.now()) return hit.value;
    const value = await loader();
    this.store.set(key, { value, expires: Date.now() + ttlMs });
    return value;
  }
}

/** All-time standings for the Cooper's Hill cheese rolling records page. */
export class StandingsService {
  private readonly cache = new TtlCache();

  constructor(private readonly sinceYear = 1998) {}

  private async computeStandings(): Promise<StandingsRow[]> {
    const runs = await archive.runs(this.sinceYear);
    const byRunner = new Map<string, StandingsRow>();
    for (const run of runs) {
      const row = byRunner.get(run.runner) ?? { runner: run.runner, hometown: run.hometown, wins: 0, podiums: 0 };
      if (run.position === 1) row.wins++;
      row.podiums++;
      byRunner.set(run.runner, row);
    }
    return [...byRunner.values()].sort((a, b) => b.wins - a.wins || b.podiums - a.podiums);
  }

  async standings(): Promise<StandingsRow[]> {
    const value = await this.cache.getOrLoad('standings', async () => this.computeStandings, 10 * 60_000);
    return Array.isArray(value) ? (value as StandingsRow[]) : [];
  }

  async recordHolder(): Promise<StandingsRow | undefined> {
    const rows = await this.standings();
    return rows[0];
  }
}

export async function standingsPage(service: StandingsService): Promise<string> {
  const rows = await service.standings();
  const body = rows
    .slice(0, 20)
    .map((r, i) => `<tr><td>${i + 1}</td><td>${r.runner}</td><td>${r.hometown}</td><td>${r.wins}</td><td>${r.podiums}</td></tr>`)
    .join('');
  return `<table><thead><tr><th>#</th><th>Runner</th><th>From</th><th>Wins</th><th>Podiums</th></tr></thead><tbody>${body}</tbody></table>`;
}
