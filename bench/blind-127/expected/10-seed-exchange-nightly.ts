// expect: none
// Each nightly job is stored as a thunk and the map callback calls run() before awaiting it, so Promise.all receives the real job promises.
export interface JobOutcome {
  name: string;
  count: number;
  ms: number;
}

interface ExchangeDb {
  expireOffers(olderThanDays: number): Promise<number>;
  recomputeGerminationStats(): Promise<number>;
  purgeAbandonedRequests(olderThanDays: number): Promise<number>;
}

interface SearchIndex {
  reindexSpecies(): Promise<number>;
}

interface Mailer {
  sendDigest(to: string, lines: string[]): Promise<void>;
}

export class NightlyMaintenance {
  constructor(
    private readonly db: ExchangeDb,
    private readonly search: SearchIndex,
    private readonly mailer: Mailer,
    private readonly curatorEmail: string,
  ) {}

  private jobs(): Array<[string, () => Promise<number>]> {
    return [
      ['expire-offers', () => this.db.expireOffers(90)],
      ['germination-stats', () => this.db.recomputeGerminationStats()],
      ['purge-requests', () => this.db.purgeAbandonedRequests(30)],
      ['reindex-species', () => this.search.reindexSpecies()],
    ];
  }

  async run(): Promise<JobOutcome[]> {
    const outcomes = await Promise.all(
      this.jobs().map(async ([name, run]) => {
        const started = Date.now();
        const count = await run();
        return { name, count, ms: Date.now() - started };
      }),
    );

    await this.mailer.sendDigest(
      this.curatorEmail,
      outcomes.map((o) => `${o.name}: ${o.count} rows in ${o.ms} ms`),
    );
    return outcomes;
  }

  async runOnly(names: string[]): Promise<JobOutcome[]> {
    const selected = this.jobs().filter(([name]) => names.includes(name));
    const outcomes: JobOutcome[] = [];
    for (const [name, run] of selected) {
      const started = Date.now();
      outcomes.push({ name, count: await run(), ms: Date.now() - started });
    }
    return outcomes;
  }
}

export function slowJobs(outcomes: JobOutcome[], budgetMs = 60_000): string[] {
  return outcomes.filter((o) => o.ms > budgetMs).map((o) => `${o.name} took ${Math.round(o.ms / 1000)}s`);
}
