// expect: none
// The ?? fallback awaits the API call, so the cache-or-fetch expression always yields a JamScore, and the lead comparison uses awaited values on both sides.
export type Team = 'home' | 'away';

export interface JamScore {
  boutId: string;
  period: 1 | 2;
  jam: number;
  home: number;
  away: number;
  lead: Team | null;
}

export interface ScoringApi {
  fetchJamScore(boutId: string, period: 1 | 2, jam: number): Promise<JamScore>;
  fetchOfficialLead(boutId: string, period: 1 | 2, jam: number): Promise<Team | null>;
}

export class JamScoreCache {
  private readonly cache = new Map<string, JamScore>();

  constructor(private readonly api: ScoringApi) {}

  private key(boutId: string, period: 1 | 2, jam: number): string {
    return `${boutId}/${period}/${jam}`;
  }

  async get(boutId: string, period: 1 | 2, jam: number): Promise<JamScore> {
    const key = this.key(boutId, period, jam);
    const score = this.cache.get(key) ?? (await this.api.fetchJamScore(boutId, period, jam));
    this.cache.set(key, score);
    return score;
  }

  /** Compares the scorekeeper's lead call with the head referee's official one. */
  async leadDisputed(boutId: string, period: 1 | 2, jam: number): Promise<boolean> {
    const score = await this.get(boutId, period, jam);
    const official = await this.api.fetchOfficialLead(boutId, period, jam);
    return score.lead !== official;
  }

  async periodTotals(boutId: string, period: 1 | 2, jams: number): Promise<{ home: number; away: number }> {
    let home = 0;
    let away = 0;
    for (let jam = 1; jam <= jams; jam++) {
      const s = await this.get(boutId, period, jam);
      home += s.home;
      away += s.away;
    }
    return { home, away };
  }

  invalidate(boutId: string, period?: 1 | 2): void {
    const prefix = period === undefined ? `${boutId}/` : `${boutId}/${period}/`;
    for (const key of [...this.cache.keys()]) {
      if (key.startsWith(prefix)) this.cache.delete(key);
    }
  }
}
