// expect: no-swallowed-abort
// refresh() wraps every failure, AbortError included, in a generic ScoreboardError, so callers (and run()'s abort check) see a cancelled refresh as an ordinary failure.
import { setTimeout as sleep } from 'node:timers/promises';

export interface RideScore {
  contestant: string;
  event: 'bareback' | 'saddle-bronc' | 'bull-riding';
  riderPoints: number;
  animalPoints: number;
  noScore: boolean;
}

export interface ScoreboardState {
  arenaId: string;
  leaders: Array<{ contestant: string; total: number }>;
  clock: string;
  updatedAt: number;
}

declare const SCORING_API: string;
declare const display: {
  render(state: ScoreboardState): void;
};
declare const boardLog: {
  error(message: string, fields?: Record<string, unknown>): void;
};

export class ScoreboardError extends Error {}

function isAbortError(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

export class Scoreboard {
  constructor(private readonly arenaId: string, private readonly intervalMs = 2_000) {}

  private async fetchJson<T>(path: string, signal: AbortSignal): Promise<T> {
    const response = await fetch(new URL(path, SCORING_API), { signal });
    if (!response.ok) throw new Error(`${path} returned ${response.status}`);
    return (await response.json()) as T;
  }

  async refresh(signal: AbortSignal): Promise<ScoreboardState> {
    try {
      const [scores, clock] = await Promise.all([
        this.fetchJson<RideScore[]>(`/arenas/${this.arenaId}/scores`, signal),
        this.fetchJson<{ display: string }>(`/arenas/${this.arenaId}/clock`, signal),
      ]);
      const totals = new Map<string, number>();
      for (const score of scores) {
        if (score.noScore) continue;
        const total = score.riderPoints + score.animalPoints;
        totals.set(score.contestant, Math.max(totals.get(score.contestant) ?? 0, total));
      }
      const leaders = [...totals]
        .map(([contestant, total]) => ({ contestant, total }))
        .sort((a, b) => b.total - a.total)
        .slice(0, 5);
      return { arenaId: this.arenaId, leaders, clock: clock.display, updatedAt: Date.now() };
    } catch (err) {
      throw new ScoreboardError(`scoreboard refresh failed for arena ${this.arenaId}`, { cause: err });
    }
  }

  async run(signal: AbortSignal): Promise<void> {
    for (;;) {
      try {
        display.render(await this.refresh(signal));
      } catch (err) {
        if (isAbortError(err)) throw err;
        boardLog.error('scoreboard refresh failed', { arenaId: this.arenaId, error: String(err) });
      }
      await sleep(this.intervalMs, undefined, { signal });
    }
  }
}
