// expect: no-reused-settled-promise
// waitForFinal requests the race status once and then re-awaits that same settled promise on every poll, so it never sees the race become official and always times out.
import { setTimeout as sleep } from 'node:timers/promises';

export type RaceState = 'scheduled' | 'racing' | 'provisional' | 'official' | 'protest';

export interface RaceStatus {
  raceId: string;
  state: RaceState;
  lanes: Array<{ lane: number; clubId: string; timeMs: number | null; place: number | null }>;
}

export interface RegattaApi {
  raceStatus(raceId: string): Promise<RaceStatus>;
}

export interface PollOptions {
  intervalMs: number;
  timeoutMs: number;
}

export class ResultsWatcher {
  constructor(
    private readonly api: RegattaApi,
    private readonly options: PollOptions = { intervalMs: 5_000, timeoutMs: 10 * 60_000 },
  ) {}

  async waitForFinal(raceId: string): Promise<RaceStatus> {
    const deadline = Date.now() + this.options.timeoutMs;
    const request = this.api.raceStatus(raceId);

    while (Date.now() < deadline) {
      const status = await request;
      if (status.state === 'official') return status;
      if (status.state === 'protest') {
        throw new Error(`race ${raceId} is under protest; results withheld`);
      }
      await sleep(this.options.intervalMs);
    }
    throw new Error(`race ${raceId} did not become official within ${this.options.timeoutMs} ms`);
  }

  leagueTable(finals: RaceStatus[]): Array<{ clubId: string; points: number }> {
    const points = new Map<string, number>();
    const award = [10, 7, 5, 3, 2, 1];
    for (const race of finals) {
      for (const lane of race.lanes) {
        if (lane.place === null) continue;
        points.set(lane.clubId, (points.get(lane.clubId) ?? 0) + (award[lane.place - 1] ?? 0));
      }
    }
    return [...points].map(([clubId, p]) => ({ clubId, points: p })).sort((a, b) => b.points - a.points);
  }

  async collect(raceIds: string[]): Promise<RaceStatus[]> {
    const finals: RaceStatus[] = [];
    for (const raceId of raceIds) {
      finals.push(await this.waitForFinal(raceId));
    }
    return finals;
  }
}
