// expect: no-uncalled-async-function
// In overtime the tick callback returns this.broadcastOvertimeClock (the method) instead of calling it, so the scheduler gets a function, not the broadcast promise.
export type MatchPhase = 'warmup' | 'live' | 'overtime' | 'paused' | 'finished';

export interface MatchState {
  matchId: string;
  phase: MatchPhase;
  round: number;
  roundEndsAt: number;
  overtimeRound: number;
  score: { alpha: number; bravo: number };
}

interface TickScheduler {
  every(intervalMs: number, task: () => unknown, onError: (err: unknown) => void): { cancel(): void };
}

declare const serverLog: { error(msg: string, meta?: object): void };

declare const spectatorHub: {
  publish(matchId: string, channel: string, payload: object): Promise<void>;
};

declare const antiCheat: {
  heartbeat(matchId: string, round: number): Promise<void>;
};

const TICK_MS = 250;
const OVERTIME_ROUND_MS = 90_000;

export class RoundClock {
  private match: MatchState | null = null;
  private ticker: { cancel(): void } | null = null;

  constructor(private readonly scheduler: TickScheduler, private readonly now: () => number = Date.now) {}

  attach(match: MatchState): void {
    this.match = match;
    this.ticker?.cancel();
    this.ticker = this.scheduler.every(TICK_MS, () => {
      if (!this.match || this.match.phase === 'paused' || this.match.phase === 'finished') return;
      if (this.match.phase === 'overtime') return this.broadcastOvertimeClock;
      return this.broadcastClock();
    }, (err) => serverLog.error('round clock tick failed', { matchId: this.match?.matchId, err }));
  }

  detach(): void {
    this.ticker?.cancel();
    this.ticker = null;
    this.match = null;
  }

  private remainingMs(): number {
    return this.match ? Math.max(0, this.match.roundEndsAt - this.now()) : 0;
  }

  private async broadcastClock(): Promise<void> {
    const match = this.match;
    if (!match) return;
    await spectatorHub.publish(match.matchId, 'clock', {
      round: match.round,
      remainingMs: this.remainingMs(),
      score: match.score,
    });
  }

  private async broadcastOvertimeClock(): Promise<void> {
    const match = this.match;
    if (!match) return;
    const remainingMs = this.remainingMs();
    await Promise.all([
      spectatorHub.publish(match.matchId, 'clock', {
        round: match.round,
        overtimeRound: match.overtimeRound,
        remainingMs,
        progress: 1 - remainingMs / OVERTIME_ROUND_MS,
        score: match.score,
      }),
      antiCheat.heartbeat(match.matchId, match.round),
    ]);
  }

  startOvertime(): void {
    if (!this.match) return;
    this.match = {
      ...this.match,
      phase: 'overtime',
      overtimeRound: this.match.overtimeRound + 1,
      roundEndsAt: this.now() + OVERTIME_ROUND_MS,
    };
  }
}
