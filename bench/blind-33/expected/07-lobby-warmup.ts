// expect: none
// `await this.connection` awaits a memoised getter that returns a promise (not a method), and the shared ruleset promise is deliberately reused and reset on failure.
export interface Ruleset {
  id: string;
  game: string;
  teamSize: number;
  maxRatingSpread: number;
}

export interface Player {
  id: string;
  handle: string;
  rating: number;
  region: 'eu' | 'na' | 'apac';
}

export interface Lobby {
  id: string;
  rulesetId: string;
  region: Player['region'];
  players: Player[];
}

interface MatchmakerConn {
  createLobby(rulesetId: string, region: Player['region']): Promise<string>;
  seat(lobbyId: string, playerIds: string[]): Promise<void>;
  close(): Promise<void>;
}

declare function connectMatchmaker(url: string): Promise<MatchmakerConn>;

declare const rulesetStore: {
  loadAll(tournamentId: string): Promise<Ruleset[]>;
};

export class LobbyService {
  private rulesets?: Promise<Map<string, Ruleset>>;
  private conn?: Promise<MatchmakerConn>;

  constructor(
    private readonly tournamentId: string,
    private readonly matchmakerUrl: string,
  ) {}

  private get connection(): Promise<MatchmakerConn> {
    this.conn ??= connectMatchmaker(this.matchmakerUrl).catch((err: unknown) => {
      this.conn = undefined;
      throw err;
    });
    return this.conn;
  }

  private loadRulesets(): Promise<Map<string, Ruleset>> {
    this.rulesets ??= rulesetStore
      .loadAll(this.tournamentId)
      .then((list) => new Map(list.map((r) => [r.id, r])))
      .catch((err: unknown) => {
        this.rulesets = undefined;
        throw err;
      });
    return this.rulesets;
  }

  async openLobby(rulesetId: string, players: Player[]): Promise<Lobby> {
    const ruleset = (await this.loadRulesets()).get(rulesetId);
    if (!ruleset) {
      throw new Error(`Unknown ruleset ${rulesetId} for tournament ${this.tournamentId}`);
    }
    if (players.length !== ruleset.teamSize * 2) {
      throw new Error(`${ruleset.game} lobbies need ${ruleset.teamSize * 2} players, got ${players.length}`);
    }

    const ratings = players.map((p) => p.rating);
    const spread = Math.max(...ratings) - Math.min(...ratings);
    if (spread > ruleset.maxRatingSpread) {
      throw new Error(`Rating spread ${spread} exceeds ${ruleset.maxRatingSpread} for ${ruleset.id}`);
    }

    const region = players[0].region;
    const conn = await this.connection;
    const lobbyId = await conn.createLobby(ruleset.id, region);
    await conn.seat(
      lobbyId,
      players.map((p) => p.id),
    );
    return { id: lobbyId, rulesetId: ruleset.id, region, players };
  }

  async shutdown(): Promise<void> {
    if (!this.conn) {
      return;
    }
    const conn = await this.conn;
    this.conn = undefined;
    await conn.close();
  }
}
