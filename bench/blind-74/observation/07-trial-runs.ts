// expect: no-floating-promises
// finishRun() is synchronous and calls the async persistResult() as a bare statement, dropping its promise and any rejection from the results store.
import { EventEmitter } from 'node:events';

export type Phase = 'outrun' | 'lift' | 'fetch' | 'drive' | 'shed' | 'pen';

export interface RunResult {
  runId: string;
  handler: string;
  dog: string;
  elapsedMs: number;
  pointsLost: Partial<Record<Phase, number>>;
  score: number;
  timedOut: boolean;
}

interface ActiveRun {
  runId: string;
  handler: string;
  dog: string;
  startedAt: number;
  pointsLost: Partial<Record<Phase, number>>;
}

declare const resultsStore: {
  save(trialId: string, result: RunResult): Promise<void>;
};

const MAX_POINTS: Record<Phase, number> = { outrun: 20, lift: 10, fetch: 20, drive: 30, shed: 10, pen: 10 };
const COURSE_TIME_MS = 15 * 60_000;

export class TrialClock extends EventEmitter {
  private active: ActiveRun | undefined;
  private readonly results: RunResult[] = [];
  private runCounter = 0;

  constructor(private readonly trialId: string) {
    super();
  }

  startRun(handler: string, dog: string, now = Date.now()): string {
    if (this.active) throw new Error(`run ${this.active.runId} is still on the course`);
    const runId = `${this.trialId}-${++this.runCounter}`;
    this.active = { runId, handler, dog, startedAt: now, pointsLost: {} };
    this.emit('run-started', runId);
    return runId;
  }

  deduct(phase: Phase, points: number): void {
    if (!this.active) throw new Error('no run on the course');
    const already = this.active.pointsLost[phase] ?? 0;
    this.active.pointsLost[phase] = Math.min(MAX_POINTS[phase], already + points);
  }

  finishRun(now = Date.now()): RunResult {
    const run = this.active;
    if (!run) throw new Error('no run on the course');
    this.active = undefined;

    const elapsedMs = now - run.startedAt;
    const timedOut = elapsedMs > COURSE_TIME_MS;
    const lost = Object.values(run.pointsLost).reduce((sum, p) => sum + (p ?? 0), 0);
    const total = Object.values(MAX_POINTS).reduce((sum, p) => sum + p, 0);
    const result: RunResult = {
      runId: run.runId,
      handler: run.handler,
      dog: run.dog,
      elapsedMs,
      pointsLost: run.pointsLost,
      // A timed-out run keeps points only for phases it completed; pen and shed are forfeited.
      score: timedOut ? total - lost - MAX_POINTS.pen - MAX_POINTS.shed : total - lost,
      timedOut,
    };

    this.results.push(result);
    this.persistResult(result);
    this.emit('run-finished', result);
    return result;
  }

  private async persistResult(result: RunResult): Promise<void> {
    await resultsStore.save(this.trialId, result);
    this.emit('run-saved', result.runId);
  }

  leaderboard(): RunResult[] {
    return [...this.results].sort((a, b) => b.score - a.score || a.elapsedMs - b.elapsedMs);
  }
}
