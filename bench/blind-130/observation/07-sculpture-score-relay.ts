// expect: none
// The score listener is synchronous and attaches a catch to the persist promise that routes failures to the relay's own error event, so no rejection goes unhandled.
import { EventEmitter } from 'node:events';

export interface JudgeScore {
  teamId: string;
  judgeId: string;
  category: 'clarity' | 'composition' | 'technique' | 'melt-resilience';
  points: number;
  submittedAt: Date;
}

export interface ScoreStore {
  saveScore(score: JudgeScore): Promise<void>;
}

export class ScoreRelay extends EventEmitter {
  private readonly totals = new Map<string, number>();
  private persisted = 0;

  constructor(
    private readonly judgesPanel: EventEmitter,
    private readonly store: ScoreStore,
  ) {
    super();
  }

  attach(): void {
    this.judgesPanel.on('score', (score: JudgeScore) => {
      if (!this.isValid(score)) {
        this.emit('invalid', score);
        return;
      }
      this.totals.set(score.teamId, (this.totals.get(score.teamId) ?? 0) + score.points);
      this.store.saveScore(score).then(
        () => {
          this.persisted++;
          this.emit('persisted', score);
        },
        (err: unknown) => {
          this.emit('error', err);
        },
      );
    });
  }

  leaderboard(): Array<{ teamId: string; total: number }> {
    return [...this.totals.entries()]
      .map(([teamId, total]) => ({ teamId, total }))
      .sort((a, b) => b.total - a.total);
  }

  persistedCount(): number {
    return this.persisted;
  }

  private isValid(score: JudgeScore): boolean {
    if (score.points < 0 || score.points > 10) return false;
    const minutesSinceMidnight = score.submittedAt.getHours() * 60 + score.submittedAt.getMinutes();
    return minutesSinceMidnight < 23 * 60;
  }
}

export function medalFor(rank: number): string {
  return rank === 1 ? 'gold' : rank === 2 ? 'silver' : rank === 3 ? 'bronze' : 'none';
}
