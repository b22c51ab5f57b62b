// expect: no-read-before-settle
// summarizeRun registers a readline 'line' listener that fills perDog and totalKm, then returns them immediately without waiting for 'close', so the summary always reports 0 km and empty per-dog stats and the rest-day planner thinks every dog is fresh.
import { createReadStream } from 'node:fs';
import readline from 'node:readline';

export interface KennelDog {
  chip: string;
  name: string;
}

export interface KennelDb {
  rosterFor(runId: string): Promise<KennelDog[]>;
}

export interface DogStats {
  chip: string;
  name: string;
  km: number;
  maxHeartRate: number;
}

export interface RunSummary {
  runId: string;
  totalKm: number;
  dogs: DogStats[];
}

export interface Logger {
  warn(msg: string, meta?: unknown): void;
}

/** Collar log lines: "<iso time>,<chip>,<km since start>,<heart rate>" */
export async function summarizeRun(runId: string, path: string, kennel: KennelDb, log: Logger): Promise<RunSummary> {
  const roster = await kennel.rosterFor(runId);
  const perDog = new Map<string, DogStats>(
    roster.map((d) => [d.chip, { chip: d.chip, name: d.name, km: 0, maxHeartRate: 0 }]),
  );
  let totalKm = 0;

  const input = createReadStream(path, { encoding: 'utf8' });
  input.on('error', (err) => log.warn(`collar log ${path} unreadable`, err));
  const rl = readline.createInterface({ input, crlfDelay: Infinity });

  rl.on('line', (line) => {
    const [, chip, kmField, hrField] = line.split(',');
    const stats = chip ? perDog.get(chip) : undefined;
    if (!stats) return;
    const km = Number(kmField);
    const hr = Number(hrField);
    if (Number.isFinite(km)) {
      stats.km = Math.max(stats.km, km);
      totalKm = Math.max(totalKm, km);
    }
    if (Number.isFinite(hr)) stats.maxHeartRate = Math.max(stats.maxHeartRate, hr);
  });

  return { runId, totalKm, dogs: [...perDog.values()] };
}

export function restDaysNeeded(stats: DogStats): number {
  if (stats.km > 80 || stats.maxHeartRate > 300) return 2;
  if (stats.km > 40) return 1;
  return 0;
}
