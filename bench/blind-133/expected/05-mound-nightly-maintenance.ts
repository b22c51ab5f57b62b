// expect: no-uncalled-async-function
// this.pruneStaleMounds is listed in the jobs array as a bare method reference, so allSettled reports it fulfilled with the function itself and the pruning never runs.
export interface ReadingsDb {
  compact(olderThanDays: number): Promise<number>;
  deleteMounds(ids: string[]): Promise<number>;
  staleMounds(silentForDays: number): Promise<string[]>;
}

export interface ProbeFleet {
  recalibrate(): Promise<{ probes: number; drifted: string[] }>;
}

export interface MaintenanceReport {
  startedAt: string;
  durationMs: number;
  failures: string[];
}

export class NightlyMaintenance {
  private lastReport: MaintenanceReport | undefined;

  constructor(
    private readonly db: ReadingsDb,
    private readonly probes: ProbeFleet,
    private readonly log: (msg: string) => void = console.log,
  ) {}

  get previous(): MaintenanceReport | undefined {
    return this.lastReport;
  }

  async run(): Promise<MaintenanceReport> {
    const started = Date.now();
    const names = ['compact readings', 'recalibrate probes', 'prune stale mounds'];
    const jobs = [this.compactReadings(), this.recalibrateProbes(), this.pruneStaleMounds];

    const outcomes = await Promise.allSettled(jobs);
    const failures: string[] = [];
    outcomes.forEach((outcome, i) => {
      if (outcome.status === 'rejected') {
        const reason = outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason);
        failures.push(`${names[i]}: ${reason}`);
      }
    });

    this.lastReport = {
      startedAt: new Date(started).toISOString(),
      durationMs: Date.now() - started,
      failures,
    };
    return this.lastReport;
  }

  private async compactReadings(): Promise<void> {
    const removed = await this.db.compact(90);
    this.log(`compacted ${removed} raw chamber readings`);
  }

  private async recalibrateProbes(): Promise<void> {
    const { probes, drifted } = await this.probes.recalibrate();
    this.log(`recalibrated ${probes} probes${drifted.length ? `; drifted: ${drifted.join(', ')}` : ''}`);
  }

  private async pruneStaleMounds(): Promise<void> {
    const stale = await this.db.staleMounds(30);
    if (stale.length === 0) return;
    const deleted = await this.db.deleteMounds(stale);
    this.log(`pruned ${deleted} mounds silent for 30 days (colony collapse or sensor theft)`);
  }
}
