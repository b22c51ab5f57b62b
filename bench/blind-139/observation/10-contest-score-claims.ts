// expect: no-unchecked-settled-results
// The allSettled results are filtered down to the fulfilled entries only, so sponsors whose claim submission rejected are silently reported as submitted.
export interface ContestEntry {
  callsign: string;
  sponsorClub: string;
  qsos: number;
  multipliers: number;
  pointsPerQso: number;
}

export interface ClaimReceipt {
  callsign: string;
  confirmation: string;
}

export interface ScoreboardApi {
  submitClaim(contest: string, entry: ContestEntry, score: number): Promise<ClaimReceipt>;
  markClubSubmitted(contest: string, club: string, callsigns: string[]): Promise<void>;
}

export interface ClubSummary {
  club: string;
  totalScore: number;
  submitted: number;
  receipts: ClaimReceipt[];
}

export function claimedScore(entry: ContestEntry): number {
  return entry.qsos * entry.pointsPerQso * entry.multipliers;
}

export class ClubClaimSubmitter {
  constructor(private readonly api: ScoreboardApi, private readonly contest: string) {}

  async submitClub(club: string, entries: readonly ContestEntry[]): Promise<ClubSummary> {
    const members = entries.filter((e) => e.sponsorClub === club && e.qsos > 0);

    const results = await Promise.allSettled(
      members.map((entry) => this.api.submitClaim(this.contest, entry, claimedScore(entry))),
    );

    const receipts = results
      .filter((r): r is PromiseFulfilledResult<ClaimReceipt> => r.status === 'fulfilled')
      .map((r) => r.value);

    await this.api.markClubSubmitted(
      this.contest,
      club,
      members.map((m) => m.callsign),
    );

    return {
      club,
      totalScore: members.reduce((sum, m) => sum + claimedScore(m), 0),
      submitted: members.length,
      receipts,
    };
  }

  async submitAllClubs(entries: readonly ContestEntry[]): Promise<ClubSummary[]> {
    const clubs = [...new Set(entries.map((e) => e.sponsorClub))].sort();
    const summaries: ClubSummary[] = [];
    for (const club of clubs) {
      summaries.push(await this.submitClub(club, entries));
    }
    return summaries.sort((a, b) => b.totalScore - a.totalScore);
  }
}
