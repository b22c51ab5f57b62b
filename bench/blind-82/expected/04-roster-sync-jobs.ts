// expect: none
// Loaders are stored and handed over as functions only where a function is expected (scheduler, registry) and are always invoked before their results are used.
export interface Pupil {
  pupilId: string;
  name: string;
  bead: 'soroban' | 'suanpan' | 'schoty';
  grade: number;
}

export interface DrillScore {
  pupilId: string;
  drill: string;
  secondsTaken: number;
  correct: number;
}

type Loader<T> = () => Promise<T>;

declare const schoolApi: {
  pupils(branch: string): Promise<Pupil[]>;
  scores(branch: string, since: string): Promise<DrillScore[]>;
  publishRanking(branch: string, ranking: Array<{ pupilId: string; points: number }>): Promise<void>;
};

declare const scheduler: {
  every(intervalMs: number, task: () => Promise<void>): { cancel(): void };
};

export class RosterSync {
  private pupils = new Map<string, Pupil>();
  private scores: DrillScore[] = [];
  private readonly loaders: Record<'pupils' | 'scores', Loader<void>>;
  private job: { cancel(): void } | null = null;

  constructor(private readonly branch: string, private readonly sinceDays = 7) {
    this.loaders = {
      pupils: this.loadPupils,
      scores: this.loadScores,
    };
  }

  private readonly loadPupils = async (): Promise<void> => {
    const list = await schoolApi.pupils(this.branch);
    this.pupils = new Map(list.map((p) => [p.pupilId, p]));
  };

  private readonly loadScores = async (): Promise<void> => {
    const since = new Date(Date.now() - this.sinceDays * 86_400_000).toISOString();
    this.scores = await schoolApi.scores(this.branch, since);
  };

  private readonly publish = async (): Promise<void> => {
    await Promise.all(Object.values(this.loaders).map((load) => load()));
    await schoolApi.publishRanking(this.branch, this.ranking());
  };

  ranking(): Array<{ pupilId: string; points: number }> {
    const points = new Map<string, number>();
    for (const score of this.scores) {
      const pupil = this.pupils.get(score.pupilId);
      if (!pupil) continue;
      const speedBonus = Math.max(0, 60 - score.secondsTaken) / 10;
      const gradeWeight = 1 + pupil.grade / 10;
      const earned = (score.correct + speedBonus) * gradeWeight;
      points.set(score.pupilId, (points.get(score.pupilId) ?? 0) + earned);
    }
    return [...points]
      .map(([pupilId, total]) => ({ pupilId, points: Math.round(total) }))
      .sort((a, b) => b.points - a.points);
  }

  start(intervalMs = 15 * 60_000): void {
    if (this.job) return;
    this.job = scheduler.every(intervalMs, this.publish);
  }

  async runOnce(): Promise<number> {
    await this.publish();
    return this.scores.length;
  }

  stop(): void {
    this.job?.cancel();
    this.job = null;
  }
}

export function refreshAll(syncs: RosterSync[]): Promise<number[]> {
  return Promise.all(syncs.map((sync) => sync.runOnce()));
}
