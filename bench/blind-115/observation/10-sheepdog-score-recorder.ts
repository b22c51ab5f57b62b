// expect: no-floating-promises
// refreshLeaderboard is async but called without await inside the try block, so its failures escape the surrounding catch as an unhandled rejection.
export interface ScoredRun {
  runId: string;
  classId: 'novice' | 'open' | 'national';
  handler: string;
  dog: string;
  outrun: number;
  lift: number;
  fetch: number;
  drive: number;
  pen: number;
  shed: number;
}

export interface TrialDb {
  insertRun(run: ScoredRun & { total: number }): Promise<void>;
  topRuns(classId: string, limit: number): Promise<Array<{ handler: string; dog: string; total: number }>>;
}

export interface ScoreboardDisplay {
  show(classId: string, rows: string[]): Promise<void>;
}

export interface Logger {
  error(message: string, fields?: Record<string, unknown>): void;
}

const MAX_POINTS = { outrun: 20, lift: 10, fetch: 20, drive: 30, pen: 10, shed: 10 } as const;

export function totalPoints(run: ScoredRun): number {
  let total = 0;
  for (const key of Object.keys(MAX_POINTS) as Array<keyof typeof MAX_POINTS>) {
    const value = run[key];
    if (value < 0 || value > MAX_POINTS[key]) {
      throw new RangeError(`${key} score ${value} outside 0-${MAX_POINTS[key]}`);
    }
    total += value;
  }
  return total;
}

export class ScoreRecorder {
  constructor(
    private readonly db: TrialDb,
    private readonly display: ScoreboardDisplay,
    private readonly log: Logger,
  ) {}

  async recordRun(run: ScoredRun): Promise<number> {
    const total = totalPoints(run);
    try {
      await this.db.insertRun({ ...run, total });
      this.refreshLeaderboard(run.classId);
    } catch (err) {
      this.log.error('could not record run', {
        runId: run.runId,
        error: err instanceof Error ? err.message : String(err),
      });
      throw err;
    }
    return total;
  }

  private async refreshLeaderboard(classId: string): Promise<void> {
    const top = await this.db.topRuns(classId, 10);
    const rows = top.map((r, i) => `${String(i + 1).padStart(2)}. ${r.handler} & ${r.dog} — ${r.total}`);
    await this.display.show(classId, rows);
  }
}
