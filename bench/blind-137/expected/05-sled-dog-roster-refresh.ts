// expect: none
// refreshRoster is called (with parentheses) wherever its promise is awaited, and the scheduler receives an arrow that calls it on each run.
export interface KennelApi {
  listDogs(kennelId: string): Promise<Array<{ id: string; name: string; fit: boolean; lastRunKm: number }>>;
  listMushers(kennelId: string): Promise<Array<{ id: string; name: string; licensed: boolean }>>;
}

export interface JobScheduler {
  every(name: string, intervalMs: number, job: () => Promise<void>): void;
}

export interface TeamPlan {
  musher: string;
  dogs: string[];
}

export class KennelRoster {
  private dogs: Array<{ id: string; name: string; fit: boolean; lastRunKm: number }> = [];
  private mushers: Array<{ id: string; name: string; licensed: boolean }> = [];
  private refreshedAt = 0;

  constructor(
    private readonly api: KennelApi,
    private readonly kennelId: string,
    private readonly maxAgeMs = 10 * 60_000,
  ) {}

  async refreshRoster(): Promise<void> {
    const [dogs, mushers] = await Promise.all([
      this.api.listDogs(this.kennelId),
      this.api.listMushers(this.kennelId),
    ]);
    this.dogs = dogs;
    this.mushers = mushers;
    this.refreshedAt = Date.now();
  }

  schedule(scheduler: JobScheduler): void {
    scheduler.every(`roster:${this.kennelId}`, this.maxAgeMs, () => this.refreshRoster());
  }

  async planTeams(teamSize: number): Promise<TeamPlan[]> {
    if (Date.now() - this.refreshedAt > this.maxAgeMs) {
      await this.refreshRoster();
    }
    const available = this.dogs.filter((d) => d.fit).sort((a, b) => a.lastRunKm - b.lastRunKm);
    const mushers = this.mushers.filter((m) => m.licensed);
    const plans: TeamPlan[] = [];
    for (const musher of mushers) {
      if (available.length < teamSize) break;
      const team = available.splice(0, teamSize);
      plans.push({ musher: musher.name, dogs: team.map((d) => d.name) });
    }
    return plans;
  }
}
