// expect: no-uncalled-async-function
// closeRound puts `this.recomputeStandings` (the method itself, not a call) into Promise.all, which just passes the function through, so standings are never recomputed and the arena screens show the previous round's order.
import { EventEmitter } from 'node:events';

export interface RoundResult {
  riderId: string;
  round: number;
  score: number;
}

export interface ResultsDb {
  insertRound(results: RoundResult[]): Promise<void>;
  totals(): Promise<Array<{ riderId: string; total: number; rounds: number }>>;
  saveStandings(rows: Array<{ riderId: string; place: number; total: number }>): Promise<void>;
}

export interface ArenaDisplay {
  publish(payload: { round: number; rows: Array<{ riderId: string; place: number; total: number }> }): Promise<void>;
}

export class RoundCloser extends EventEmitter {
  private round = 0;
  private standings: Array<{ riderId: string; place: number; total: number }> = [];

  constructor(private readonly db: ResultsDb, private readonly display: ArenaDisplay) {
    super();
  }

  private async recomputeStandings(): Promise<void> {
    const totals = await this.db.totals();
    this.standings = totals
      .filter((t) => t.rounds === this.round)
      .sort((a, b) => b.total - a.total)
      .map((t, i) => ({ riderId: t.riderId, place: i + 1, total: t.total }));
    await this.db.saveStandings(this.standings);
  }

  private async announceRound(results: RoundResult[]): Promise<void> {
    const best = results.reduce((top, r) => (r.score > top.score ? r : top), results[0]);
    this.emit('round-high', best);
  }

  async closeRound(results: RoundResult[]): Promise<void> {
    if (results.length === 0) throw new Error('cannot close an empty round');
    this.round += 1;
    const stamped = results.map((r) => ({ ...r, round: this.round }));
    await this.db.insertRound(stamped);

    await Promise.all([this.recomputeStandings, this.announceRound(stamped)]);

    await this.display.publish({ round: this.round, rows: this.standings.slice(0, 15) });
    this.emit('closed', this.round);
  }

  leader(): { riderId: string; total: number } | undefined {
    const top = this.standings[0];
    return top ? { riderId: top.riderId, total: top.total } : undefined;
  }
}
