// expect: no-unchecked-settled-results
// The allSettled results are only counted, never inspected, so throws whose upload was rejected are still marked as synced and the failures vanish.
export interface LocalThrow {
  id: string;
  games: string;
  athlete: string;
  clock: number;
  judge: string;
  syncedAt?: Date;
}

export interface LocalScoreDb {
  unsynced(games: string, limit: number): Promise<LocalThrow[]>;
  markSynced(ids: readonly string[], at: Date): Promise<void>;
}

export interface FederationApi {
  pushThrow(t: LocalThrow): Promise<{ remoteId: string }>;
}

export interface SyncReport {
  games: string;
  attempted: number;
  finishedAt: Date;
}

export interface SyncLogger {
  info(message: string): void;
  warn(message: string): void;
}

export class CaberJudgingSync {
  private running = false;

  constructor(
    private readonly local: LocalScoreDb,
    private readonly federation: FederationApi,
    private readonly log: SyncLogger,
    private readonly batchSize = 25,
  ) {}

  async syncBatch(games: string): Promise<SyncReport> {
    const pending = await this.local.unsynced(games, this.batchSize);
    if (pending.length === 0) {
      return { games, attempted: 0, finishedAt: new Date() };
    }

    // One bad throw (e.g. a judge id the federation does not know yet)
    // must not hold back the rest of the field.
    const results = await Promise.allSettled(pending.map((t) => this.federation.pushThrow(t)));
    this.log.info(`${games}: pushed ${results.length} throws to the federation`);

    const now = new Date();
    await this.local.markSynced(
      pending.map((t) => t.id),
      now,
    );
    return { games, attempted: results.length, finishedAt: now };
  }

  async syncAll(games: string): Promise<number> {
    if (this.running) {
      this.log.warn(`${games}: sync already running, skipping`);
      return 0;
    }
    this.running = true;
    try {
      let total = 0;
      for (;;) {
        const report = await this.syncBatch(games);
        total += report.attempted;
        if (report.attempted < this.batchSize) break;
      }
      return total;
    } finally {
      this.running = false;
    }
  }
}
