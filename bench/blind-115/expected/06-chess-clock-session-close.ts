// expect: no-uncalled-async-function
// closeSession awaits this.flushPendingResults without calling it, so the queued results are never written before the clocks are powered down.
export interface PendingResult {
  board: number;
  round: number;
  result: '1-0' | '0-1' | '1/2-1/2';
}

export interface ResultsDb {
  insertMany(results: PendingResult[]): Promise<number>;
}

export interface ClockBank {
  boards(): number[];
  stop(board: number): Promise<void>;
  powerDown(): Promise<void>;
}

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
}

export class TournamentSession {
  private pending: PendingResult[] = [];
  private closed = false;

  constructor(
    private readonly db: ResultsDb,
    private readonly clocks: ClockBank,
    private readonly log: Logger,
  ) {}

  recordResult(result: PendingResult): void {
    if (this.closed) {
      throw new Error(`session closed; cannot record board ${result.board}`);
    }
    this.pending.push(result);
  }

  async closeSession(): Promise<void> {
    if (this.closed) return;
    this.closed = true;

    for (const board of this.clocks.boards()) {
      await this.clocks.stop(board);
    }
    await this.flushPendingResults;
    await this.clocks.powerDown();
    this.log.info('session closed', { boards: this.clocks.boards().length });
  }

  private async flushPendingResults(): Promise<void> {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    try {
      const written = await this.db.insertMany(batch);
      this.log.info('results flushed', { written });
    } catch (err) {
      this.pending = batch.concat(this.pending);
      throw err;
    }
  }
}
