// expect: no-read-before-settle
// logRun assigns this.lastScore in a .then callback and copies this.lastScore into the history entry on the next line, before the scoring promise has resolved, so each entry gets the previous run's score.
export interface TrainingRun {
  dogId: string;
  handler: string;
  plot: string;
  hiddenTruffles: number;
  found: number;
  falseIndications: number;
  minutes: number;
}

export interface ScoringService {
  score(run: TrainingRun): Promise<number>;
}

export interface LoggedRun {
  dogId: string;
  plot: string;
  at: string;
  score: number | null;
}

export class ScentTrainingLog {
  private lastScore: number | null = null;
  private readonly history: LoggedRun[] = [];
  private readonly failures: string[] = [];

  constructor(private readonly scorer: ScoringService) {}

  logRun(run: TrainingRun): LoggedRun {
    if (run.found > run.hiddenTruffles) {
      throw new Error(`${run.dogId} cannot find ${run.found} of ${run.hiddenTruffles} truffles`);
    }
    this.scorer.score(run).then(
      (score) => {
        this.lastScore = score;
      },
      (err: unknown) => {
        this.failures.push(`${run.dogId}@${run.plot}: ${String(err)}`);
      },
    );

    const entry: LoggedRun = { dogId: run.dogId, plot: run.plot, at: new Date().toISOString(), score: this.lastScore };
    this.history.push(entry);
    return entry;
  }

  progress(dogId: string): number[] {
    return this.history.filter((h) => h.dogId === dogId && h.score !== null).map((h) => h.score as number);
  }

  readyForSeason(dogId: string, threshold = 80, window = 5): boolean {
    const recent = this.progress(dogId).slice(-window);
    return recent.length === window && recent.every((s) => s >= threshold);
  }

  get scoringFailures(): readonly string[] {
    return this.failures;
  }
}
