// expect: no-uncalled-async-function
// openTournament puts this.warmRatingCache into Promise.all without calling it, so the ratings cache is never warmed before round one is paired.
export interface Player {
  fideId: string;
  name: string;
  federation: string;
}

export interface Tournament {
  id: string;
  name: string;
  rounds: number;
  players: Player[];
  arbiters: string[];
}

export interface FederationApi {
  getTournament(id: string): Promise<Tournament>;
  getRatings(fideIds: string[]): Promise<Record<string, number>>;
  getTitles(fideIds: string[]): Promise<Record<string, string | null>>;
  confirmArbiter(tournamentId: string, arbiterId: string): Promise<boolean>;
}

export interface OpeningSummary {
  tournamentId: string;
  players: number;
  confirmedArbiters: number;
}

export class TournamentBootstrap {
  private players: Player[] = [];
  private readonly ratings = new Map<string, number>();
  private readonly titles = new Map<string, string | null>();
  private confirmedArbiters = 0;

  constructor(private readonly api: FederationApi) {}

  private async warmRatingCache(): Promise<void> {
    const ids = this.players.map((p) => p.fideId);
    const ratings = await this.api.getRatings(ids);
    for (const id of ids) this.ratings.set(id, ratings[id] ?? 1000);
  }

  private async warmTitleCache(): Promise<void> {
    const titles = await this.api.getTitles(this.players.map((p) => p.fideId));
    for (const [id, title] of Object.entries(titles)) this.titles.set(id, title);
  }

  private async confirmArbiters(t: Tournament): Promise<void> {
    let confirmed = 0;
    for (const arbiter of t.arbiters) {
      if (await this.api.confirmArbiter(t.id, arbiter)) confirmed++;
    }
    if (confirmed === 0) throw new Error(`no arbiter confirmed for ${t.name}`);
    this.confirmedArbiters = confirmed;
  }

  async openTournament(id: string): Promise<OpeningSummary> {
    const t = await this.api.getTournament(id);
    this.players = t.players;
    await Promise.all([this.warmRatingCache, this.warmTitleCache(), this.confirmArbiters(t)]);
    return { tournamentId: t.id, players: t.players.length, confirmedArbiters: this.confirmedArbiters };
  }

  /** Starting rank for the round-one Swiss pairing: rating, then title, then name. */
  seedingOrder(): Player[] {
    const titleWeight = (id: string) => (this.titles.get(id) ? 1 : 0);
    return [...this.players].sort(
      (a, b) =>
        (this.ratings.get(b.fideId) ?? 0) - (this.ratings.get(a.fideId) ?? 0) ||
        titleWeight(b.fideId) - titleWeight(a.fideId) ||
        a.name.localeCompare(b.name),
    );
  }
}
