// expect: no-floating-promises
// concedeGame() calls the async publishFinal() as a bare statement, so a failed league-table publish is dropped as an unhandled rejection.
import { EventEmitter } from 'node:events';

export type Team = 'red' | 'yellow';

export interface EndScore {
  endNo: number;
  team: Team | null;
  points: number;
  hammerAfter: Team;
}

export interface GameSheet {
  gameId: string;
  sheet: 'A' | 'B' | 'C' | 'D';
  skips: Record<Team, string>;
  ends: EndScore[];
  concededBy: Team | null;
  finishedAt: string | null;
}

declare const leagueTable: {
  submitResult(gameId: string, totals: Record<Team, number>, ends: number, conceded: Team | null): Promise<void>;
};

export class GameSheetTracker extends EventEmitter {
  private sheet: GameSheet;
  private hammer: Team;

  constructor(gameId: string, sheet: GameSheet['sheet'], skips: Record<Team, string>, lastStoneFirstEnd: Team) {
    super();
    this.sheet = { gameId, sheet, skips, ends: [], concededBy: null, finishedAt: null };
    this.hammer = lastStoneFirstEnd;
  }

  totals(): Record<Team, number> {
    const totals: Record<Team, number> = { red: 0, yellow: 0 };
    for (const end of this.sheet.ends) {
      if (end.team) totals[end.team] += end.points;
    }
    return totals;
  }

  recordEnd(team: Team | null, points: number): EndScore {
    const scored = team !== null && points > 0;
    const hammerAfter: Team = scored ? (team === 'red' ? 'yellow' : 'red') : this.hammer;
    const end: EndScore = { endNo: this.sheet.ends.length + 1, team: scored ? team : null, points: scored ? points : 0, hammerAfter };
    this.sheet.ends.push(end);
    this.hammer = hammerAfter;
    this.emit('end', end);
    return end;
  }

  private async publishFinal(): Promise<void> {
    await leagueTable.submitResult(this.sheet.gameId, this.totals(), this.sheet.ends.length, this.sheet.concededBy);
    this.emit('published', this.sheet.gameId);
  }

  concedeGame(by: Team): GameSheet {
    if (this.sheet.finishedAt) {
      throw new Error(`game ${this.sheet.gameId} is already finished`);
    }
    this.sheet.concededBy = by;
    this.sheet.finishedAt = new Date().toISOString();
    this.publishFinal();
    this.emit('finished', { ...this.sheet });
    return { ...this.sheet, ends: [...this.sheet.ends] };
  }

  async finishAfterEight(): Promise<GameSheet> {
    const totals = this.totals();
    if (this.sheet.ends.length < 8 || totals.red === totals.yellow) {
      throw new Error('regulation not complete: play an extra end');
    }
    this.sheet.finishedAt = new Date().toISOString();
    await this.publishFinal();
    this.emit('finished', { ...this.sheet });
    return { ...this.sheet, ends: [...this.sheet.ends] };
  }
}
