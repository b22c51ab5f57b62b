// expect: none
// Startup calls each loader inside Promise.all and shutdown calls and awaits drainSubmissions() before closing the pool, so every awaited expression is a real promise.
export interface DbPool {
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  end(): Promise<void>;
}

export interface Contestant {
  id: number;
  quartet: string;
  chapter: string;
}

export interface Judge {
  id: number;
  name: string;
  category: 'MUS' | 'PER' | 'SNG';
}

export interface PendingScore {
  judgeId: number;
  contestantId: number;
  points: number;
}

export class ContestSession {
  private contestants: Contestant[] = [];
  private judges: Judge[] = [];
  private queue: PendingScore[] = [];
  private accepting = false;

  constructor(
    private readonly pool: DbPool,
    private readonly contestId: number,
  ) {}

  private async loadContestants(): Promise<void> {
    this.contestants = await this.pool.query<Contestant>(
      'SELECT id, quartet, chapter FROM contestants WHERE contest_id = $1 ORDER BY draw',
      [this.contestId],
    );
  }

  private async loadJudges(): Promise<void> {
    this.judges = await this.pool.query<Judge>('SELECT id, name, category FROM judges WHERE contest_id = $1', [
      this.contestId,
    ]);
  }

  async open(): Promise<void> {
    await Promise.all([this.loadContestants(), this.loadJudges()]);
    if (this.judges.length % 3 !== 0) {
      throw new Error(`contest ${this.contestId}: panel of ${this.judges.length} judges is not balanced across categories`);
    }
    this.accepting = true;
  }

  submit(score: PendingScore): void {
    if (!this.accepting) throw new Error('contest session is not accepting scores');
    if (!this.judges.some((j) => j.id === score.judgeId)) throw new Error(`unknown judge ${score.judgeId}`);
    this.queue.push(score);
  }

  private async drainSubmissions(): Promise<number> {
    const batch = this.queue;
    this.queue = [];
    for (const s of batch) {
      await this.pool.query('INSERT INTO scores (judge_id, contestant_id, points) VALUES ($1, $2, $3)', [
        s.judgeId,
        s.contestantId,
        s.points,
      ]);
    }
    return batch.length;
  }

  async close(): Promise<number> {
    this.accepting = false;
    const written = await this.drainSubmissions();
    await this.pool.end();
    return written;
  }

  get roster(): readonly Contestant[] {
    return this.contestants;
  }
}
