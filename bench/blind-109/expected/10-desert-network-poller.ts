// expect: none
// The poll jobs are deliberately stored as thunks (`() => this.pollStation(s)`) because runLimited calls each one itself when a slot frees up; the functions are invoked there, and their promises are awaited.
import { EventEmitter } from 'node:events';

export interface StationEndpoint {
  id: string;
  url: string;
  elevationM: number;
}

export interface Observation {
  station: string;
  tempC: number;
  dewPointC: number;
  windKph: number;
  visibilityKm: number;
}

export async function runLimited<T>(jobs: Array<() => Promise<T>>, limit: number): Promise<PromiseSettledResult<T>[]> {
  const results: PromiseSettledResult<T>[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      try {
        results[i] = { status: 'fulfilled', value: await jobs[i]() };
      } catch (reason) {
        results[i] = { status: 'rejected', reason };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, () => worker()));
  return results;
}

export class DesertNetworkPoller extends EventEmitter {
  constructor(private readonly stations: StationEndpoint[], private readonly concurrency = 4) {
    super();
  }

  private async pollStation(station: StationEndpoint): Promise<Observation> {
    const res = await fetch(`${station.url}/obs/latest.json`);
    if (!res.ok) throw new Error(`${station.id}: HTTP ${res.status}`);
    const raw = (await res.json()) as { t: number; td: number; ff: number; vis: number };
    return { station: station.id, tempC: raw.t, dewPointC: raw.td, windKph: raw.ff, visibilityKm: raw.vis };
  }

  async pollAll(): Promise<{ observations: Observation[]; offline: string[] }> {
    const jobs = this.stations.map((station) => () => this.pollStation(station));
    const results = await runLimited(jobs, this.concurrency);

    const observations: Observation[] = [];
    const offline: string[] = [];
    results.forEach((result, i) => {
      if (result.status === 'fulfilled') {
        observations.push(result.value);
      } else {
        offline.push(this.stations[i].id);
        this.emit('station-error', this.stations[i].id, result.reason);
      }
    });
    return { observations, offline };
  }
}

export function duststormRisk(obs: Observation): boolean {
  return obs.windKph > 50 && obs.visibilityKm < 1 && obs.tempC - obs.dewPointC > 25;
}
