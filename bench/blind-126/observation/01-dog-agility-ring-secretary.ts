// expect: no-floating-promises
// recordRun calls the async publishStandings without awaiting or handling its promise, so a scoreboard outage becomes an unhandled rejection and callers resolve before standings are pushed.
import { EventEmitter } from 'node:events';

export interface RawRun {
  classId: string;
  dogId: string;
  handler: string;
  elapsedMs: number;
  bars: number;
  refusals: number;
  eliminated: boolean;
}

export interface ScoredRun extends RawRun {
  courseFaults: number;
  timeFaults: number;
  totalFaults: number;
}

export interface Standing {
  dogId: string;
  handler: string;
  totalFaults: number;
  elapsedMs: number;
  place: number;
}

export interface ResultsStore {
  insertRun(run: ScoredRun): Promise<void>;
  standings(classId: string): Promise<Standing[]>;
}

export interface ScoreboardClient {
  push(classId: string, rows: Standing[]): Promise<void>;
}

export class RingSecretary extends EventEmitter {
  constructor(
    private readonly store: ResultsStore,
    private readonly scoreboard: ScoreboardClient,
    private readonly standardCourseTimeMs: Map<string, number>,
  ) {
    super();
  }

  score(raw: RawRun): ScoredRun {
    const sct = this.standardCourseTimeMs.get(raw.classId);
    if (sct === undefined) throw new Error(`no standard course time set for class ${raw.classId}`);
    const courseFaults = raw.eliminated ? 100 : raw.bars * 5 + raw.refusals * 5;
    const overMs = Math.max(0, raw.elapsedMs - sct);
    const timeFaults = raw.eliminated ? 0 : Math.ceil(overMs / 1000);
    return { ...raw, courseFaults, timeFaults, totalFaults: courseFaults + timeFaults };
  }

  async recordRun(raw: RawRun): Promise<ScoredRun> {
    const run = this.score(raw);
    await this.store.insertRun(run);
    this.emit('run-recorded', run);
    this.publishStandings(run.classId);
    return run;
  }

  async recordBatch(raws: RawRun[]): Promise<ScoredRun[]> {
    const scored: ScoredRun[] = [];
    for (const raw of raws) {
      scored.push(await this.recordRun(raw));
    }
    return scored;
  }

  private async publishStandings(classId: string): Promise<void> {
    const rows = await this.store.standings(classId);
    const ranked = [...rows]
      .sort((a, b) => a.totalFaults - b.totalFaults || a.elapsedMs - b.elapsedMs)
      .map((row, index) => ({ ...row, place: index + 1 }));
    await this.scoreboard.push(classId, ranked);
    this.emit('standings-published', classId);
  }
}
