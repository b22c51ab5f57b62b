// expect: none
// The purse total is accumulated inside .then callbacks, but it is only read after Promise.all has awaited every one of those callbacks.
export interface HeatResult {
  heatId: string;
  winner: string;
  lancesBroken: number;
  unhorsed: boolean;
}

export interface ResultsBoard {
  result(heatId: string): Promise<HeatResult>;
}

export interface Treasury {
  pay(knight: string, crowns: number, memo: string): Promise<void>;
}

export interface PurseRules {
  basePurse: number;
  perLanceBonus: number;
  unhorsingBonus: number;
}

export interface PurseStatement {
  day: string;
  totalCrowns: number;
  byKnight: Map<string, number>;
}

export function prizeFor(result: HeatResult, rules: PurseRules): number {
  return rules.basePurse + result.lancesBroken * rules.perLanceBonus + (result.unhorsed ? rules.unhorsingBonus : 0);
}

export class PurseLedger {
  constructor(
    private readonly board: ResultsBoard,
    private readonly treasury: Treasury,
    private readonly rules: PurseRules,
  ) {}

  async tallyDay(day: string, heatIds: readonly string[]): Promise<PurseStatement> {
    let totalCrowns = 0;
    const byKnight = new Map<string, number>();

    await Promise.all(
      heatIds.map((heatId) =>
        this.board.result(heatId).then((result) => {
          const prize = prizeFor(result, this.rules);
          totalCrowns += prize;
          byKnight.set(result.winner, (byKnight.get(result.winner) ?? 0) + prize);
        }),
      ),
    );

    return { day, totalCrowns, byKnight };
  }

  async payOut(statement: PurseStatement): Promise<number> {
    let paid = 0;
    for (const [knight, crowns] of statement.byKnight) {
      await this.treasury.pay(knight, crowns, `tourney purse ${statement.day}`);
      paid += crowns;
    }
    if (paid !== statement.totalCrowns) {
      throw new Error(`purse mismatch on ${statement.day}: paid ${paid}, tallied ${statement.totalCrowns}`);
    }
    return paid;
  }

  async closeDay(day: string, heatIds: readonly string[]): Promise<string> {
    const statement = await this.tallyDay(day, heatIds);
    const paid = await this.payOut(statement);
    return `${day}: ${statement.byKnight.size} knights paid ${paid} crowns`;
  }
}
