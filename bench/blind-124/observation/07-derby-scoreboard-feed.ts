// expect: none
// The 'pass' listener is synchronous and appends each save to a queue chain whose .catch reports the failure, so no promise returned to the EventEmitter is ignored and no rejection goes unhandled.
import { EventEmitter } from 'node:events';

export type Team = 'home' | 'away';

export interface ScoringPass {
  jam: number;
  team: Team;
  jammerNumber: string;
  points: number;
  lead: boolean;
}

export interface ScoreStore {
  appendPass(boutId: string, pass: ScoringPass): Promise<void>;
}

export interface Scoreboard {
  show(home: number, away: number, jam: number): void;
}

export class ScoreboardFeed {
  private totals: Record<Team, number> = { home: 0, away: 0 };
  private chain: Promise<void> = Promise.resolve();
  private failures = 0;

  constructor(
    private readonly boutId: string,
    private readonly store: ScoreStore,
    private readonly board: Scoreboard,
    private readonly events: EventEmitter,
  ) {}

  attach(tablet: EventEmitter): () => void {
    const onPass = (pass: ScoringPass) => {
      if (pass.points < 0 || pass.points > 4) {
        this.events.emit('rejected-pass', pass);
        return;
      }
      this.totals[pass.team] += pass.points;
      this.board.show(this.totals.home, this.totals.away, pass.jam);
      this.chain = this.chain
        .then(() => this.store.appendPass(this.boutId, pass))
        .catch((err) => {
          this.failures++;
          this.events.emit('persist-failed', { pass, err });
        });
    };
    tablet.on('pass', onPass);
    return () => tablet.off('pass', onPass);
  }

  /** Resolves once every pass seen so far has been written (or reported as failed). */
  async flush(): Promise<{ home: number; away: number; failures: number }> {
    await this.chain;
    return { ...this.totals, failures: this.failures };
  }

  correct(team: Team, delta: number, jam: number): void {
    this.totals[team] = Math.max(0, this.totals[team] + delta);
    this.board.show(this.totals.home, this.totals.away, jam);
  }
}
