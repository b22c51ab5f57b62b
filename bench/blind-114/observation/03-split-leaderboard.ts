// expect: none
// Both requests are started concurrently and immediately joined with Promise.all, so a rejection from either one is observed.
export interface SplitRecord {
  bib: string;
  mat: string;
  gunTimeMs: number;
  chipTimeMs: number;
}

export interface Runner {
  bib: string;
  name: string;
  category: string;
  club?: string;
}

export interface TimingApi {
  fetchSplits(raceId: string, mat: string): Promise<SplitRecord[]>;
  fetchRoster(raceId: string): Promise<Runner[]>;
  fetchDisqualified(raceId: string): Promise<string[]>;
}

export interface LeaderboardRow {
  rank: number;
  bib: string;
  name: string;
  category: string;
  chipTime: string;
}

export function formatDuration(ms: number): string {
  const total = Math.round(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

export class LeaderboardBuilder {
  constructor(private readonly api: TimingApi) {}

  async build(raceId: string, mat = 'HALF', category?: string): Promise<LeaderboardRow[]> {
    const splitsP = this.api.fetchSplits(raceId, mat);
    const rosterP = this.api.fetchRoster(raceId);
    const dqP = this.api.fetchDisqualified(raceId);
    const [splits, roster, dq] = await Promise.all([splitsP, rosterP, dqP]);

    const byBib = new Map(roster.map((r) => [r.bib, r]));
    const excluded = new Set(dq);

    return splits
      .filter((s) => !excluded.has(s.bib))
      .map((s) => ({ split: s, runner: byBib.get(s.bib) }))
      .filter((x): x is { split: SplitRecord; runner: Runner } => x.runner !== undefined)
      .filter((x) => category === undefined || x.runner.category === category)
      .sort((a, b) => a.split.chipTimeMs - b.split.chipTimeMs)
      .map((x, i) => ({
        rank: i + 1,
        bib: x.split.bib,
        name: x.runner.name,
        category: x.runner.category,
        chipTime: formatDuration(x.split.chipTimeMs),
      }));
  }
}
