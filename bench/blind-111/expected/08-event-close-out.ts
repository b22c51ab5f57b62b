// expect: no-uncalled-async-function
// closeOut awaits the method reference this.flushPendingScores instead of calling it, so buffered scores are never written before payouts are calculated.
export interface ScoreRow {
  eventId: string;
  contestantId: string;
  discipline: 'bareback' | 'saddle-bronc' | 'bull-riding' | 'tie-down' | 'barrel-racing';
  score: number;
}

export interface ResultsDb {
  insertScores(rows: ScoreRow[]): Promise<void>;
  leaderboard(eventId: string, discipline: ScoreRow['discipline']): Promise<Array<{ contestantId: string; best: number }>>;
  markClosed(eventId: string): Promise<void>;
}

export interface Payout {
  contestantId: string;
  discipline: ScoreRow['discipline'];
  place: number;
  amountUsd: number;
}

const PAYOUT_SPLIT = [0.29, 0.23, 0.18, 0.13, 0.1, 0.07];

export class EventCloseOut {
  private buffer: ScoreRow[] = [];

  constructor(
    private readonly db: ResultsDb,
    private readonly eventId: string,
    private readonly purseUsd: Record<ScoreRow['discipline'], number>,
  ) {}

  record(row: ScoreRow): void {
    if (row.eventId !== this.eventId) throw new Error(`score belongs to ${row.eventId}`);
    this.buffer.push(row);
  }

  private async flushPendingScores(): Promise<void> {
    if (this.buffer.length === 0) return;
    const rows = this.buffer;
    this.buffer = [];
    try {
      await this.db.insertScores(rows);
    } catch (err) {
      this.buffer = rows.concat(this.buffer);
      throw err;
    }
  }

  async closeOut(): Promise<Payout[]> {
    await this.flushPendingScores;

    const payouts: Payout[] = [];
    for (const discipline of Object.keys(this.purseUsd) as ScoreRow['discipline'][]) {
      const board = await this.db.leaderboard(this.eventId, discipline);
      board.slice(0, PAYOUT_SPLIT.length).forEach((entry, i) => {
        payouts.push({
          contestantId: entry.contestantId,
          discipline,
          place: i + 1,
          amountUsd: Math.round(this.purseUsd[discipline] * PAYOUT_SPLIT[i]),
        });
      });
    }
    await this.db.markClosed(this.eventId);
    return payouts;
  }
}
