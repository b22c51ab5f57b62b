// expect: no-uncalled-async-function
// Promise.all is handed the refreshQueenRegistry function itself rather than its promise, so the queen registry is never reloaded before the report reads it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface HiveRecord {
  hiveId: string;
  apiary: string;
  frames: number;
  lastInspection: string;
}

export interface QueenRecord {
  hiveId: string;
  markedColour: string;
  yearIntroduced: number;
}

export interface HarvestLine {
  hiveId: string;
  apiary: string;
  kilograms: number;
  kilogramsPerFrame: number;
  queenAgeYears: number | null;
}

declare const cooperativeApi: {
  listHives(memberId: string): Promise<HiveRecord[]>;
  harvestWeights(memberId: string, season: number): Promise<Map<string, number>>;
};

const DATA_DIR = process.env.COOP_DATA_DIR ?? '/var/lib/coop';
const queensByHive = new Map<string, QueenRecord>();
let registryLoadedAt = 0;

const refreshQueenRegistry = async (): Promise<void> => {
  const raw = await readFile(join(DATA_DIR, 'queens.json'), 'utf8');
  const parsed = JSON.parse(raw) as QueenRecord[];
  queensByHive.clear();
  for (const queen of parsed) {
    queensByHive.set(queen.hiveId, queen);
  }
  registryLoadedAt = Date.now();
};

export function registryAgeMs(): number {
  return registryLoadedAt === 0 ? Number.POSITIVE_INFINITY : Date.now() - registryLoadedAt;
}

function queenAge(hiveId: string, season: number): number | null {
  const queen = queensByHive.get(hiveId);
  if (!queen) return null;
  return Math.max(0, season - queen.yearIntroduced);
}

export async function buildHarvestReport(memberId: string, season: number): Promise<HarvestLine[]> {
  // Members requeen through the season, so the registry file changes often.
  const [hives, weights] = await Promise.all([
    cooperativeApi.listHives(memberId),
    cooperativeApi.harvestWeights(memberId, season),
    refreshQueenRegistry,
  ]);

  const lines: HarvestLine[] = [];
  for (const hive of hives) {
    const kilograms = weights.get(hive.hiveId) ?? 0;
    lines.push({
      hiveId: hive.hiveId,
      apiary: hive.apiary,
      kilograms,
      kilogramsPerFrame: hive.frames > 0 ? kilograms / hive.frames : 0,
      queenAgeYears: queenAge(hive.hiveId, season),
    });
  }

  return lines.sort((a, b) => a.apiary.localeCompare(b.apiary) || b.kilograms - a.kilograms);
}

export function totalsByApiary(lines: HarvestLine[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const line of lines) {
    totals.set(line.apiary, (totals.get(line.apiary) ?? 0) + line.kilograms);
  }
  return totals;
}

export function hivesNeedingRequeen(lines: HarvestLine[], maxAge = 2): string[] {
  return lines.filter((line) => line.queenAgeYears === null || line.queenAgeYears > maxAge).map((line) => line.hiveId);
}
