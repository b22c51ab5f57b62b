// expect: no-swallowed-abort
// The catch falls back to cached standings for any error, so when the caller aborts the request the AbortError is swallowed and stale rows are returned as if the load succeeded.
export interface StandingRow {
  clubId: string;
  clubName: string;
  pieces: number;
  points: number;
  best2kMs: number;
}

interface StandingWire {
  club_id: string;
  club_name: string;
  pieces: number;
  points: number;
  best_2k_ms: number;
}

interface CachedStandings {
  rows: StandingRow[];
  fetchedAt: number;
}

export interface Log {
  warn(msg: string): void;
}

export class LeagueStandingsClient {
  private readonly cache = new Map<string, CachedStandings>();

  constructor(
    private readonly apiBase: string,
    private readonly log: Log,
    private readonly maxAgeMs = 10 * 60_000,
  ) {}

  async standings(leagueId: string, signal?: AbortSignal): Promise<StandingRow[]> {
    const cached = this.cache.get(leagueId);
    if (cached && Date.now() - cached.fetchedAt < this.maxAgeMs) return cached.rows;

    try {
      const res = await fetch(`${this.apiBase}/leagues/${encodeURIComponent(leagueId)}/standings`, {
        headers: { accept: 'application/json' },
        signal,
      });
      if (!res.ok) throw new Error(`standings service answered ${res.status}`);
      const wire = (await res.json()) as StandingWire[];
      const rows = wire
        .map((w) => ({ clubId: w.club_id, clubName: w.club_name, pieces: w.pieces, points: w.points, best2kMs: w.best_2k_ms }))
        .sort((a, b) => b.points - a.points || a.best2kMs - b.best2kMs);
      this.cache.set(leagueId, { rows, fetchedAt: Date.now() });
      return rows;
    } catch (err) {
      if (cached) {
        const ageMin = Math.round((Date.now() - cached.fetchedAt) / 60_000);
        this.log.warn(`serving ${ageMin} min old standings for ${leagueId}: ${(err as Error).message}`);
        return cached.rows;
      }
      throw err;
    }
  }

  async podium(leagueId: string, signal?: AbortSignal): Promise<string[]> {
    const rows = await this.standings(leagueId, signal);
    return rows.slice(0, 3).map((r, i) => `${i + 1}. ${r.clubName} (${r.points} pts)`);
  }
}

export function formatSplit(ms: number): string {
  const per500 = ms / 4;
  const minutes = Math.floor(per500 / 60_000);
  const seconds = ((per500 % 60_000) / 1000).toFixed(1).padStart(4, '0');
  return `${minutes}:${seconds}/500m`;
}
