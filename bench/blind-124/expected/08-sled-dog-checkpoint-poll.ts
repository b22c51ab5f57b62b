// expect: none
// checkArrival is a function, and each poll iteration calls it to issue a fresh request, so the loop observes new checkpoint data instead of a settled result.
import { setTimeout as sleep } from 'node:timers/promises';

export interface ArrivalRecord {
  bib: number;
  checkpoint: string;
  inAt: string | null;
  scratched: boolean;
}

export interface RaceApi {
  getArrival(raceId: string, bib: number, checkpoint: string): Promise<ArrivalRecord>;
}

export interface Watcher {
  notify(message: string): Promise<void>;
}

export class ArrivalWatch {
  constructor(
    private readonly api: RaceApi,
    private readonly watcher: Watcher,
    private readonly intervalMs = 60_000,
  ) {}

  async waitForArrival(raceId: string, bib: number, checkpoint: string, maxHours = 36): Promise<ArrivalRecord> {
    const deadline = Date.now() + maxHours * 3_600_000;
    const checkArrival = () => this.api.getArrival(raceId, bib, checkpoint);

    while (Date.now() < deadline) {
      const record = await checkArrival();
      if (record.scratched) throw new Error(`bib ${bib} scratched before ${checkpoint}`);
      if (record.inAt) return record;
      await sleep(this.intervalMs);
    }
    throw new Error(`bib ${bib} overdue at ${checkpoint} after ${maxHours} h — alert search and rescue`);
  }

  async follow(raceId: string, bib: number, checkpoints: string[]): Promise<string[]> {
    const log: string[] = [];
    for (const cp of checkpoints) {
      const record = await this.waitForArrival(raceId, bib, cp);
      const line = `bib ${bib} in at ${cp} ${record.inAt}`;
      log.push(line);
      await this.watcher.notify(line);
    }
    return log;
  }
}
