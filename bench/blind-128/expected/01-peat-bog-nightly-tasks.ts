// expect: none
// The task table holds zero-argument functions that the runner calls itself, and the parallel steps call each method before handing the promises to Promise.all.
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface BogStationDb {
  compactReadings(olderThanDays: number): Promise<number>;
  refreshDailyMeans(): Promise<void>;
  vacuum(): Promise<void>;
}

export interface CarbonModel {
  recompute(site: string): Promise<{ site: string; tCO2eHa: number }>;
}

interface NightlyTask {
  name: string;
  run: () => Promise<unknown>;
}

export class NightlyMaintenance {
  private readonly log: string[] = [];

  constructor(
    private readonly db: BogStationDb,
    private readonly model: CarbonModel,
    private readonly spoolDir: string,
    private readonly sites: string[],
  ) {}

  private async purgeSpool(maxAgeDays = 14): Promise<number> {
    const cutoff = Date.now() - maxAgeDays * 86_400_000;
    let removed = 0;
    for (const name of await readdir(this.spoolDir)) {
      const path = join(this.spoolDir, name);
      const info = await stat(path);
      if (info.isFile() && info.mtimeMs < cutoff) {
        await rm(path);
        removed++;
      }
    }
    return removed;
  }

  private async recomputeCarbon(): Promise<void> {
    const results = await Promise.all(this.sites.map((s) => this.model.recompute(s)));
    for (const r of results) this.log.push(`carbon ${r.site}: ${r.tCO2eHa.toFixed(2)} tCO2e/ha`);
  }

  private tasks(): NightlyTask[] {
    return [
      { name: 'daily-means', run: () => this.db.refreshDailyMeans() },
      { name: 'carbon', run: this.recomputeCarbon.bind(this) },
      { name: 'vacuum', run: () => this.db.vacuum() },
    ];
  }

  async run(): Promise<string[]> {
    const [removed, compacted] = await Promise.all([this.purgeSpool(), this.db.compactReadings(400)]);
    this.log.push(`spool: removed ${removed} files; compacted ${compacted} readings`);

    for (const task of this.tasks()) {
      const started = Date.now();
      try {
        const result = await task.run();
        this.log.push(`${task.name}: ok in ${Date.now() - started}ms${typeof result === 'number' ? ` (${result})` : ''}`);
      } catch (err) {
        this.log.push(`${task.name}: FAILED ${(err as Error).message}`);
      }
    }
    return this.log.splice(0);
  }
}
