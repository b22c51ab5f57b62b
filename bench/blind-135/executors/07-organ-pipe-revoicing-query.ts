// expect: no-multiple-settle
// On an SQLITE_BUSY error the query callback only bumps a counter and returns, so the promise never settles on that branch.
export interface DbError extends Error {
  code?: string;
}

export interface WorkshopDb {
  all<T>(sql: string, params: unknown[], cb: (err: DbError | null, rows?: T[]) => void): void;
  run(sql: string, params: unknown[], cb: (err: DbError | null) => void): void;
}

export interface PipeRow {
  pipe_id: string;
  rank: string;
  note: string;
  footage: number;
  cut_up_mm: number;
  last_voiced: string | null;
  condition: 'sound' | 'split' | 'collapsed' | 'nicked';
}

const PIPES_BY_RANK = `
  SELECT pipe_id, rank, note, footage, cut_up_mm, last_voiced, condition
    FROM pipes
   WHERE rank = ?
   ORDER BY footage DESC, note`;

export class RevoicingPlanner {
  busyCount = 0;

  constructor(private db: WorkshopDb, private log: (msg: string) => void = () => {}) {}

  pipesForRank(rank: string): Promise<PipeRow[]> {
    return new Promise((resolve, reject) => {
      this.db.all<PipeRow>(PIPES_BY_RANK, [rank], (err, rows) => {
        if (err) {
          if (err.code === 'SQLITE_BUSY') {
            this.busyCount++;
            this.log(`workshop db busy while reading rank ${rank}`);
            return;
          }
          reject(err);
          return;
        }
        resolve(rows ?? []);
      });
    });
  }

  markVoiced(pipeId: string, when: Date): Promise<void> {
    return new Promise((resolve, reject) => {
      this.db.run('UPDATE pipes SET last_voiced = ? WHERE pipe_id = ?', [when.toISOString(), pipeId], (err) => {
        if (err) reject(err);
        else resolve();
      });
    });
  }

  async needingAttention(rank: string, olderThanYears: number): Promise<PipeRow[]> {
    const cutoff = new Date();
    cutoff.setFullYear(cutoff.getFullYear() - olderThanYears);
    const rows = await this.pipesForRank(rank);
    return rows.filter(
      (p) => p.condition !== 'sound' || p.last_voiced === null || new Date(p.last_voiced) < cutoff,
    );
  }

  async planSession(ranks: string[], maxPipes: number): Promise<PipeRow[]> {
    const plan: PipeRow[] = [];
    for (const rank of ranks) {
      const due = await this.needingAttention(rank, 25);
      for (const pipe of due) {
        if (plan.length >= maxPipes) return plan;
        plan.push(pipe);
      }
    }
    return plan;
  }
}
