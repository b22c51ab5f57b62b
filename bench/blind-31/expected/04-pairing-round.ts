// expect: none
// The class memoises the promise returned by calling computePairings() and registers an arrow-property handler where a callback is expected.
declare const ratingService: {
  ratings(playerIds: string[]): Promise<Map<string, number>>;
};

declare const tournamentBus: {
  onRoundFinished(handler: (roundNo: number) => Promise<void>): void;
  publishPairings(roundNo: number, boards: Board[]): Promise<void>;
};

export interface Standing {
  playerId: string;
  points: number;
  colourBalance: number;
  opponents: Set<string>;
}

export interface Board {
  table: number;
  white: string;
  black: string;
}

export class SwissRound {
  private pairings: Promise<Board[]> | undefined;
  private byePlayer: string | undefined;

  constructor(
    readonly roundNo: number,
    private readonly standings: Standing[],
  ) {}

  boards(): Promise<Board[]> {
    this.pairings ??= this.computePairings();
    return this.pairings;
  }

  get bye(): string | undefined {
    return this.byePlayer;
  }

  private async computePairings(): Promise<Board[]> {
    const ratings = await ratingService.ratings(this.standings.map((s) => s.playerId));
    const pool = [...this.standings].sort(
      (a, b) => b.points - a.points || (ratings.get(b.playerId) ?? 0) - (ratings.get(a.playerId) ?? 0),
    );
    if (pool.length % 2 === 1) {
      this.byePlayer = pool.pop()?.playerId;
    }

    const boards: Board[] = [];
    while (pool.length > 0) {
      const top = pool.shift()!;
      let idx = pool.findIndex((p) => !top.opponents.has(p.playerId));
      if (idx === -1) idx = 0;
      const [opponent] = pool.splice(idx, 1);
      const topWhite = top.colourBalance <= opponent.colourBalance;
      boards.push({
        table: boards.length + 1,
        white: topWhite ? top.playerId : opponent.playerId,
        black: topWhite ? opponent.playerId : top.playerId,
      });
    }
    return boards;
  }
}

export class RoundDirector {
  private current: SwissRound | undefined;

  constructor(private readonly loadStandings: () => Promise<Standing[]>) {
    tournamentBus.onRoundFinished(this.handleRoundFinished);
  }

  private handleRoundFinished = async (roundNo: number): Promise<void> => {
    const standings = await this.loadStandings();
    this.current = new SwissRound(roundNo + 1, standings);
    const boards = await this.current.boards();
    await tournamentBus.publishPairings(roundNo + 1, boards);
  };

  async currentBoards(): Promise<Board[]> {
    if (!this.current) return [];
    return this.current.boards();
  }
}
