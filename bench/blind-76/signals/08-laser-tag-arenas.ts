// expect: no-swallowed-abort
// pushScores wraps every failure, including the AbortError from a cancelled round, in a generic ScoreboardSyncError, so cancellations count as sync failures and trip the breaker.
export interface PlayerScore {
  playerId: string;
  callsign: string;
  team: 'red' | 'blue' | 'green';
  tags: number;
  tagged: number;
  basesCaptured: number;
}

export interface RoundResult {
  arenaId: string;
  roundId: string;
  scores: PlayerScore[];
  endedAt: Date;
}

declare const scoreboard: {
  url: string;
};

declare const arenaLog: {
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
};

export class ScoreboardSyncError extends Error {
  constructor(
    readonly arenaId: string,
    detail: string,
  ) {
    super(`scoreboard sync for ${arenaId} failed: ${detail}`);
    this.name = 'ScoreboardSyncError';
  }
}

function points(s: PlayerScore): number {
  return s.tags * 10 - s.tagged * 5 + s.basesCaptured * 50;
}

export async function pushScores(round: RoundResult, signal: AbortSignal): Promise<void> {
  const ranked = [...round.scores].sort((a, b) => points(b) - points(a));
  try {
    const res = await fetch(`${scoreboard.url}/arenas/${round.arenaId}/rounds/${round.roundId}`, {
      method: 'PUT',
      signal,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        endedAt: round.endedAt.toISOString(),
        leaderboard: ranked.map((s, i) => ({ rank: i + 1, callsign: s.callsign, team: s.team, points: points(s) })),
      }),
    });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
  } catch (err) {
    throw new ScoreboardSyncError(round.arenaId, err instanceof Error ? err.message : String(err));
  }
}

export class ScoreboardPublisher {
  private consecutiveFailures = 0;
  private openUntil = 0;

  constructor(
    private readonly failureThreshold = 3,
    private readonly coolDownMs = 60_000,
  ) {}

  async publish(round: RoundResult, signal: AbortSignal): Promise<boolean> {
    if (Date.now() < this.openUntil) {
      arenaLog.warn('scoreboard breaker open, skipping publish', { roundId: round.roundId });
      return false;
    }
    try {
      await pushScores(round, signal);
      this.consecutiveFailures = 0;
      return true;
    } catch (err) {
      if (!(err instanceof ScoreboardSyncError)) throw err;
      this.consecutiveFailures++;
      arenaLog.error('scoreboard publish failed', { roundId: round.roundId, failures: this.consecutiveFailures, err });
      if (this.consecutiveFailures >= this.failureThreshold) {
        this.openUntil = Date.now() + this.coolDownMs;
      }
      return false;
    }
  }
}
