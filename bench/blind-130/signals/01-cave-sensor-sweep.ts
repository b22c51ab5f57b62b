// expect: require-signal-propagation
// The retry backoff sleeps with node:timers/promises setTimeout without the sweep's signal, so an abort during a long backoff waits out the full delay before being noticed.
import { setTimeout as sleep } from 'node:timers/promises';

export interface CaveClimate {
  caveId: string;
  temperatureC: number;
  relativeHumidity: number;
  co2Ppm: number;
  ammoniaPpm: number;
}

export interface SweepOptions {
  baseUrl: string;
  retries: number;
  signal?: AbortSignal;
}

export interface SweepResult {
  readings: CaveClimate[];
  alarms: string[];
}

function backoffMs(attempt: number): number {
  const jitter = Math.floor(Math.random() * 250);
  return Math.min(30_000, 500 * 2 ** attempt) + jitter;
}

async function readCave(caveId: string, opts: SweepOptions): Promise<CaveClimate> {
  const url = new URL(`/caves/${encodeURIComponent(caveId)}/climate`, opts.baseUrl);
  for (let attempt = 0; ; attempt++) {
    try {
      const res = await fetch(url, { signal: opts.signal, headers: { accept: 'application/json' } });
      if (res.status >= 500) throw new Error(`climate controller ${caveId} returned ${res.status}`);
      if (!res.ok) throw Object.assign(new Error(`cave ${caveId} rejected request: ${res.status}`), { fatal: true });
      return (await res.json()) as CaveClimate;
    } catch (err) {
      if (opts.signal?.aborted) throw err;
      if ((err as { fatal?: boolean }).fatal || attempt >= opts.retries) throw err;
      await sleep(backoffMs(attempt));
    }
  }
}

function alarmsFor(reading: CaveClimate): string[] {
  const alarms: string[] = [];
  if (reading.temperatureC < 8 || reading.temperatureC > 14) {
    alarms.push(`${reading.caveId}: temperature ${reading.temperatureC}°C outside 8–14°C`);
  }
  if (reading.relativeHumidity < 85) {
    alarms.push(`${reading.caveId}: humidity ${reading.relativeHumidity}% risks rind cracking`);
  }
  if (reading.ammoniaPpm > 25) {
    alarms.push(`${reading.caveId}: ammonia ${reading.ammoniaPpm} ppm, ventilate`);
  }
  return alarms;
}

export async function sweepCaves(caveIds: string[], opts: SweepOptions): Promise<SweepResult> {
  const readings: CaveClimate[] = [];
  const alarms: string[] = [];
  for (const caveId of caveIds) {
    opts.signal?.throwIfAborted();
    const reading = await readCave(caveId, opts);
    readings.push(reading);
    alarms.push(...alarmsFor(reading));
  }
  return { readings, alarms };
}
