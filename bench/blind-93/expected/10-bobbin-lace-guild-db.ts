// expect: none
// The connection promise is memoised and awaited by many callers on purpose; a failed connect clears the memo so the next call makes a fresh attempt.
export interface Connection {
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  end(): Promise<void>;
}

declare function connect(url: string): Promise<Connection>;

export interface Workshop {
  id: number;
  title: string;
  tutor: string;
  technique: string;
  date: string;
  places: number;
}

export class GuildDatabase {
  private connection: Promise<Connection> | null = null;

  constructor(private readonly url: string) {}

  private conn(): Promise<Connection> {
    if (!this.connection) {
      const attempt = connect(this.url);
      this.connection = attempt;
      attempt.catch(() => {
        if (this.connection === attempt) this.connection = null;
      });
    }
    return this.connection;
  }

  async upcomingWorkshops(fromDate: string): Promise<Workshop[]> {
    const db = await this.conn();
    return db.query<Workshop>('SELECT * FROM workshops WHERE date >= $1 ORDER BY date', [fromDate]);
  }

  async enrol(workshopId: number, memberId: number): Promise<boolean> {
    const db = await this.conn();
    const [row] = await db.query<{ places: number }>(
      'UPDATE workshops SET places = places - 1 WHERE id = $1 AND places > 0 RETURNING places',
      [workshopId],
    );
    if (!row) return false;
    await db.query('INSERT INTO enrolments (workshop_id, member_id) VALUES ($1, $2)', [workshopId, memberId]);
    return true;
  }

  async bobbinLoan(memberId: number): Promise<number> {
    const db = await this.conn();
    const [row] = await db.query<{ pairs: number }>(
      'SELECT COALESCE(SUM(pairs), 0) AS pairs FROM bobbin_loans WHERE member_id = $1 AND returned_at IS NULL',
      [memberId],
    );
    return row?.pairs ?? 0;
  }

  async close(): Promise<void> {
    const pending = this.connection;
    this.connection = null;
    if (!pending) return;
    const db = await pending.catch(() => null);
    await db?.end();
  }
}
