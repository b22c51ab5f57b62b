// expect: no-floating-promises
// closeRound() maps judges to mailer.sendScorecard() as a bare statement, so the array of send promises is dropped and any failed email is an unhandled rejection.
export interface Judge {
  id: string;
  name: string;
  email: string;
}

export interface FlightScore {
  flyer: string;
  judgeId: string;
  precision: number;
  artistry: number;
}

export interface Round {
  id: string;
  discipline: 'precision' | 'ballet' | 'team';
  judges: Judge[];
  scores: FlightScore[];
}

export interface RoundStore {
  saveStandings(roundId: string, standings: Array<{ flyer: string; total: number }>): Promise<void>;
  markClosed(roundId: string): Promise<void>;
}

export interface ScorecardMailer {
  sendScorecard(to: string, subject: string, rows: string[]): Promise<void>;
}

export class RoundResultsPublisher {
  constructor(
    private readonly store: RoundStore,
    private readonly mailer: ScorecardMailer,
  ) {}

  standings(round: Round): Array<{ flyer: string; total: number }> {
    const totals = new Map<string, number[]>();
    for (const s of round.scores) {
      const weight = round.discipline === 'ballet' ? [0.4, 0.6] : [0.7, 0.3];
      const list = totals.get(s.flyer) ?? [];
      list.push(s.precision * weight[0] + s.artistry * weight[1]);
      totals.set(s.flyer, list);
    }
    return [...totals.entries()]
      .map(([flyer, list]) => ({ flyer, total: list.reduce((a, b) => a + b, 0) / list.length }))
      .sort((a, b) => b.total - a.total);
  }

  async closeRound(round: Round): Promise<Array<{ flyer: string; total: number }>> {
    if (round.scores.length === 0) {
      throw new Error(`round ${round.id} has no scores to publish`);
    }
    const table = this.standings(round);
    await this.store.saveStandings(round.id, table);
    await this.store.markClosed(round.id);

    round.judges.map((judge) =>
      this.mailer.sendScorecard(
        judge.email,
        `Round ${round.id} closed`,
        round.scores
          .filter((s) => s.judgeId === judge.id)
          .map((s) => `${s.flyer}: precision ${s.precision}, artistry ${s.artistry}`),
      ),
    );

    return table;
  }
}
