// expect: no-multiple-settle
// The readFile callback settles on the error branch but has no return, so it falls through to a second resolve(parseEntries(...)).
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface WindingEntry {
  towerId: string;
  woundAt: Date;
  turns: number;
  driftSeconds: number;
}

declare const motorController: {
  engage(towerId: string, turns: number): Promise<void>;
  currentTension(towerId: string): Promise<number>;
};

declare const alerts: {
  raise(severity: 'info' | 'warn' | 'critical', message: string): void;
};

const LOG_DIR = process.env.WINDER_LOG_DIR ?? '/var/lib/winder/logs';
const TURNS_PER_DAY = 14;
const MAX_TENSION_NEWTONS = 820;

export class WindingLogError extends Error {
  constructor(readonly towerId: string, cause: unknown) {
    super(`winding log for ${towerId} is unreadable`, { cause });
    this.name = 'WindingLogError';
  }
}

function parseEntries(text: string): WindingEntry[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'))
    .map((line) => {
      const [towerId, iso, turns, drift] = line.split(',');
      return {
        towerId,
        woundAt: new Date(iso),
        turns: Number(turns),
        driftSeconds: Number(drift),
      };
    });
}

export function readWindingLog(towerId: string): Promise<WindingEntry[]> {
  const file = path.join(LOG_DIR, `${towerId}.csv`);
  return new Promise<WindingEntry[]>((resolve, reject) => {
    fs.readFile(file, 'utf8', (err, text) => {
      if (err) {
        if (err.code === 'ENOENT') {
          // a tower that has never been wound simply has no history yet
          resolve([]);
        } else {
          reject(new WindingLogError(towerId, err));
        }
      }
      resolve(parseEntries(text ?? ''));
    });
  });
}

export function averageDrift(entries: WindingEntry[]): number {
  if (entries.length === 0) return 0;
  const recent = entries.slice(-7);
  const total = recent.reduce((sum, e) => sum + e.driftSeconds, 0);
  return total / recent.length;
}

export function turnsForNextWinding(entries: WindingEntry[], now = new Date()): number {
  const last = entries.at(-1);
  if (!last) return TURNS_PER_DAY;
  const hours = (now.getTime() - last.woundAt.getTime()) / 3_600_000;
  const owed = Math.round((hours / 24) * TURNS_PER_DAY);
  const drift = averageDrift(entries);
  // a clock running fast gets a slightly shorter wind so the pendulum settles
  const correction = drift > 2 ? -1 : drift < -2 ? 1 : 0;
  return Math.max(1, Math.min(owed + correction, TURNS_PER_DAY * 2));
}

export async function windTower(towerId: string): Promise<number> {
  const entries = await readWindingLog(towerId);
  const turns = turnsForNextWinding(entries);

  const tension = await motorController.currentTension(towerId);
  if (tension > MAX_TENSION_NEWTONS) {
    alerts.raise('critical', `tower ${towerId} mainspring tension ${tension}N, refusing to wind`);
    return 0;
  }

  await motorController.engage(towerId, turns);
  if (Math.abs(averageDrift(entries)) > 30) {
    alerts.raise('warn', `tower ${towerId} drifting ${averageDrift(entries).toFixed(1)}s/day`);
  }
  return turns;
}
