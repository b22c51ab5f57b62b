// expect: no-floating-promises
// recordResult calls audit.append without awaiting or handling it, so a failed audit write is lost as an unhandled rejection while the result is reported as recorded.
export type GameResult = '1-0' | '0-1' | '1/2-1/2';

export interface Pairing {
  round: number;
  board: number;
  white: string;
  black: string;
}

export interface RatingsDb {
  getRating(fideId: string): Promise<number>;
  setRating(fideId: string, rating: number): Promise<void>;
}

export interface ResultsStore {
  isRecorded(round: number, board: number): Promise<boolean>;
  save(pairing: Pairing, result: GameResult): Promise<void>;
}

export interface AuditEntry {
  round: number;
  board: number;
  result: GameResult;
  arbiter: string;
  ratingDelta: { white: number; black: number };
  at: string;
}

export interface AuditLog {
  append(entry: AuditEntry): Promise<void>;
}

export class ResultRecorder {
  constructor(
    private readonly ratings: RatingsDb,
    private readonly results: ResultsStore,
    private readonly audit: AuditLog,
    private readonly kFactor = 20,
  ) {}

  static expectedScore(rating: number, opponent: number): number {
    return 1 / (1 + 10 ** ((opponent - rating) / 400));
  }

  static whiteScore(result: GameResult): number {
    if (result === '1-0') return 1;
    if (result === '0-1') return 0;
    return 0.5;
  }

  async recordResult(pairing: Pairing, result: GameResult, arbiter: string): Promise<{ white: number; black: number }> {
    if (await this.results.isRecorded(pairing.round, pairing.board)) {
      throw new Error(`round ${pairing.round} board ${pairing.board} already has a result`);
    }
    const [white, black] = await Promise.all([
      this.ratings.getRating(pairing.white),
      this.ratings.getRating(pairing.black),
    ]);
    const score = ResultRecorder.whiteScore(result);
    const newWhite = Math.round(white + this.kFactor * (score - ResultRecorder.expectedScore(white, black)));
    const newBlack = Math.round(black + this.kFactor * (1 - score - ResultRecorder.expectedScore(black, white)));

    await this.results.save(pairing, result);
    this.audit.append({
      round: pairing.round,
      board: pairing.board,
      result,
      arbiter,
      ratingDelta: { white: newWhite - white, black: newBlack - black },
      at: new Date().toISOString(),
    });
    await Promise.all([
      this.ratings.setRating(pairing.white, newWhite),
      this.ratings.setRating(pairing.black, newBlack),
    ]);
    return { white: newWhite, black: newBlack };
  }

  async recordRound(entries: Array<{ pairing: Pairing; result: GameResult }>, arbiter: string): Promise<number> {
    let recorded = 0;
    // sequential: a player's rating must be updated before their next board is scored
    for (const { pairing, result } of entries) {
      await this.recordResult(pairing, result, arbiter);
      recorded++;
    }
    return recorded;
  }
}
