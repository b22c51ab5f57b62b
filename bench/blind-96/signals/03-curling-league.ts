// expect: none
// The fallback to cached standings catches only genuine network and HTTP failures: an abort is recognised by the signal and rethrown first, so cancelling a refresh still rejects with the abort reason instead of quietly returning stale data.
export interface Standing {
  team: string;
  played: number;
  points: number;
}

export interface StandingsCache {
  get(division: string): Standing[] | undefined;
  set(division: string, rows: Standing[]): void;
}

export interface RefreshResult {
  division: string;
  rows: Standing[];
  stale: boolean;
}

export class StandingsClient {
  constructor(
    private readonly baseUrl: string,
    private readonly cache: StandingsCache,
  ) {}

  async refresh(division: string, signal: AbortSignal): Promise<RefreshResult> {
    try {
      const res = await fetch(`${this.baseUrl}/standings/${encodeURIComponent(division)}`, {
        signal,
        headers: { accept: 'application/json' },
      });
      if (!res.ok) throw new Error(`standings for ${division}: HTTP ${res.status}`);
      const rows = (await res.json()) as Standing[];
      this.cache.set(division, rows);
      return { division, rows, stale: false };
    } catch (err) {
      if (signal.aborted) throw signal.reason;
      const cached = this.cache.get(division);
      if (!cached) throw err;
      console.warn(`serving cached standings for ${division}:`, err instanceof Error ? err.message : err);
      return { division, rows: cached, stale: true };
    }
  }

  async refreshAll(divisions: string[], signal: AbortSignal): Promise<RefreshResult[]> {
    const results: RefreshResult[] = [];
    for (const division of divisions) {
      signal.throwIfAborted();
      results.push(await this.refresh(division, signal));
    }
    return results;
  }
}

export function renderTable(result: RefreshResult): string {
  const header = `${result.division}${result.stale ? ' (cached)' : ''}`;
  const lines = [...result.rows]
    .sort((a, b) => b.points - a.points || a.played - b.played)
    .map((r, i) => `${String(i + 1).padStart(2)}. ${r.team.padEnd(24)} ${r.played} ${r.points}`);
  return [header, ...lines].join('\n');
}
