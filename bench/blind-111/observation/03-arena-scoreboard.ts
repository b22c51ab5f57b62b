// expect: no-floating-promises
// After saving the run, the standings frame is pushed to the display feed without await or a catch, so a failed push is dropped and finalizeRun resolves before the board is updated.
export interface JudgeMark {
  judgeId: string;
  rider: number;
  animal: number;
}

export interface RideRun {
  eventId: string;
  contestantId: string;
  animalId: string;
  qualified: boolean;
  marks: JudgeMark[];
  penaltyPoints: number;
}

export interface ScoredRun extends RideRun {
  total: number;
  scoredAt: string;
}

export interface Standing {
  contestantId: string;
  best: number;
  rides: number;
}

export type BoardFrame =
  | { kind: 'run'; contestantId: string; total: number; qualified: boolean }
  | { kind: 'standings'; eventId: string; rows: Standing[] };

export interface ScoreStore {
  saveRun(run: ScoredRun): Promise<void>;
  standings(eventId: string): Promise<Standing[]>;
}

export interface DisplayFeed {
  push(frame: BoardFrame): Promise<void>;
}

export function totalFor(run: RideRun): number {
  if (!run.qualified) return 0;
  const raw = run.marks.reduce((sum, m) => sum + m.rider + m.animal, 0);
  const scaled = run.marks.length === 4 ? raw / 2 : raw;
  return Math.max(0, Math.round((scaled - run.penaltyPoints) * 100) / 100);
}

export class ArenaScoreboard {
  constructor(
    private readonly store: ScoreStore,
    private readonly feed: DisplayFeed,
    private readonly topN = 10,
  ) {}

  async finalizeRun(run: RideRun): Promise<ScoredRun> {
    if (run.marks.length !== 2 && run.marks.length !== 4) {
      throw new Error(`expected 2 or 4 judges for ${run.contestantId}, got ${run.marks.length}`);
    }
    for (const mark of run.marks) {
      if (mark.rider < 0 || mark.rider > 25 || mark.animal < 0 || mark.animal > 25) {
        throw new RangeError(`judge ${mark.judgeId} gave an out-of-range mark`);
      }
    }

    const scored: ScoredRun = { ...run, total: totalFor(run), scoredAt: new Date().toISOString() };
    await this.store.saveRun(scored);
    await this.feed.push({
      kind: 'run',
      contestantId: run.contestantId,
      total: scored.total,
      qualified: run.qualified,
    });

    const standings = await this.store.standings(run.eventId);
    this.feed.push({ kind: 'standings', eventId: run.eventId, rows: standings.slice(0, this.topN) });
    return scored;
  }
}
