// expect: no-read-before-settle
// `entries` is assigned inside the fs.readFile callback but loadDay sorts and returns it synchronously, so callers always get the empty initial array.
import { readFile } from 'node:fs';
import path from 'node:path';

export interface WeighIn {
  bird: string;
  grams: number;
  takenAt: Date;
  fed: boolean;
}

export interface FlyingWeightReport {
  bird: string;
  latest: number | undefined;
  target: number;
  status: 'sharp' | 'in-yarak' | 'heavy' | 'no-data';
}

const MEWS_DATA_DIR = process.env.MEWS_DATA_DIR ?? '/var/lib/mews';

// Tolerance either side of a bird's flying weight, in grams.
const YARAK_BAND = 8;

function parseLine(line: string): WeighIn | null {
  const [bird, grams, takenAt, fed] = line.split(',');
  if (!bird || !grams || !takenAt) return null;
  const value = Number(grams);
  if (!Number.isFinite(value)) return null;
  return {
    bird: bird.trim(),
    grams: value,
    takenAt: new Date(takenAt.trim()),
    fed: fed?.trim() === 'y',
  };
}

export class MewsLedger {
  constructor(
    private readonly targets: Map<string, number>,
    private readonly dir: string = MEWS_DATA_DIR,
  ) {}

  private logFileFor(day: Date): string {
    const stamp = day.toISOString().slice(0, 10);
    return path.join(this.dir, `weighins-${stamp}.csv`);
  }

  loadDay(day: Date): WeighIn[] {
    let entries: WeighIn[] = [];
    readFile(this.logFileFor(day), 'utf8', (err, text) => {
      if (err) {
        if (err.code !== 'ENOENT') console.error('mews ledger read failed', err);
        return;
      }
      entries = text
        .split('\n')
        .slice(1)
        .map(parseLine)
        .filter((w): w is WeighIn => w !== null);
    });
    return entries.sort((a, b) => a.takenAt.getTime() - b.takenAt.getTime());
  }

  flyingWeights(day: Date): FlyingWeightReport[] {
    const entries = this.loadDay(day);
    const latestByBird = new Map<string, WeighIn>();
    for (const entry of entries) {
      // Only pre-feed weights count towards flying condition.
      if (entry.fed) continue;
      latestByBird.set(entry.bird, entry);
    }

    const report: FlyingWeightReport[] = [];
    for (const [bird, target] of this.targets) {
      const latest = latestByBird.get(bird)?.grams;
      let status: FlyingWeightReport['status'] = 'no-data';
      if (latest !== undefined) {
        if (latest < target - YARAK_BAND) status = 'sharp';
        else if (latest > target + YARAK_BAND) status = 'heavy';
        else status = 'in-yarak';
      }
      report.push({ bird, latest, target, status });
    }
    return report.sort((a, b) => a.bird.localeCompare(b.bird));
  }
}
