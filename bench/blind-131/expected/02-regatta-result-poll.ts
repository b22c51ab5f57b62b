// expect: none
// pollUntilOfficial calls fetchStandings() afresh on every iteration, so each poll sees the latest standings instead of re-reading one settled promise.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Standing {
  lane: number;
  crew: string;
  place: number;
  elapsedMs: number;
}

export interface Standings {
  raceId: string;
  status: 'provisional' | 'under-protest' | 'official';
  rows: Standing[];
}

export interface ResultsApi {
  fetchStandings(raceId: string): Promise<Standings>;
}

export interface PollOptions {
  intervalMs?: number;
  timeoutMs?: number;
  onChange?: (s: Standings) => void;
}

function fingerprint(s: Standings): string {
  return `${s.status}:${s.rows.map((r) => `${r.lane}/${r.place}`).join(',')}`;
}

export async function pollUntilOfficial(api: ResultsApi, raceId: string, options: PollOptions = {}): Promise<Standings> {
  const intervalMs = options.intervalMs ?? 5_000;
  const deadline = Date.now() + (options.timeoutMs ?? 30 * 60_000);
  let previous = '';

  for (;;) {
    const standings = await api.fetchStandings(raceId);
    const fp = fingerprint(standings);
    if (fp !== previous) {
      previous = fp;
      options.onChange?.(standings);
    }
    if (standings.status === 'official') return standings;
    if (Date.now() + intervalMs > deadline) {
      throw new Error(`race ${raceId} still ${standings.status} when the poll deadline passed`);
    }
    await sleep(intervalMs);
  }
}

export async function medalTable(api: ResultsApi, raceIds: string[]): Promise<Map<string, number[]>> {
  const medals = new Map<string, number[]>();
  for (const raceId of raceIds) {
    const official = await pollUntilOfficial(api, raceId);
    for (const row of official.rows) {
      if (row.place > 3) continue;
      const tally = medals.get(row.crew) ?? [0, 0, 0];
      tally[row.place - 1] += 1;
      medals.set(row.crew, tally);
    }
  }
  return medals;
}
