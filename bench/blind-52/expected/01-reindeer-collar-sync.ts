// expect: no-uncalled-async-function
// Promise.all receives refreshPositions itself (never called) next to refreshBatteryLevels(herdId), so positions are never refreshed.
export interface CollarFix {
  collarId: string;
  lat: number;
  lon: number;
  fixAt: Date;
}

export interface CollarBattery {
  collarId: string;
  volts: number;
}

export interface HerdSummary {
  herdId: string;
  animals: number;
  staleFixes: string[];
  lowBatteries: string[];
  centroid: { lat: number; lon: number } | null;
}

declare const satLink: {
  pullFixes(herdId: string, since: Date): Promise<CollarFix[]>;
  pullBatteries(herdId: string): Promise<CollarBattery[]>;
};

declare const herdStore: {
  lastSync(herdId: string): Promise<Date>;
  saveFixes(herdId: string, fixes: CollarFix[]): Promise<void>;
  saveBatteries(herdId: string, batteries: CollarBattery[]): Promise<void>;
  fixes(herdId: string): Promise<CollarFix[]>;
  batteries(herdId: string): Promise<CollarBattery[]>;
  touch(herdId: string, at: Date): Promise<void>;
};

const STALE_AFTER_MS = 6 * 60 * 60 * 1000;
const LOW_BATTERY_VOLTS = 3.35;

async function refreshPositions(herdId: string): Promise<void> {
  const since = await herdStore.lastSync(herdId);
  const fixes = await satLink.pullFixes(herdId, since);
  if (fixes.length > 0) {
    await herdStore.saveFixes(herdId, fixes);
  }
}

async function refreshBatteryLevels(herdId: string): Promise<void> {
  const batteries = await satLink.pullBatteries(herdId);
  await herdStore.saveBatteries(herdId, batteries);
}

function centroidOf(fixes: readonly CollarFix[]): { lat: number; lon: number } | null {
  if (fixes.length === 0) {
    return null;
  }
  let lat = 0;
  let lon = 0;
  for (const fix of fixes) {
    lat += fix.lat;
    lon += fix.lon;
  }
  return { lat: lat / fixes.length, lon: lon / fixes.length };
}

export async function syncHerd(herdId: string, now = new Date()): Promise<HerdSummary> {
  await Promise.all([refreshPositions, refreshBatteryLevels(herdId)]);
  await herdStore.touch(herdId, now);

  const [fixes, batteries] = await Promise.all([herdStore.fixes(herdId), herdStore.batteries(herdId)]);

  const latestByCollar = new Map<string, CollarFix>();
  for (const fix of fixes) {
    const prev = latestByCollar.get(fix.collarId);
    if (!prev || prev.fixAt < fix.fixAt) {
      latestByCollar.set(fix.collarId, fix);
    }
  }

  const staleFixes = [...latestByCollar.values()]
    .filter((fix) => now.getTime() - fix.fixAt.getTime() > STALE_AFTER_MS)
    .map((fix) => fix.collarId);

  const lowBatteries = batteries.filter((b) => b.volts < LOW_BATTERY_VOLTS).map((b) => b.collarId);

  return {
    herdId,
    animals: latestByCollar.size,
    staleFixes,
    lowBatteries,
    centroid: centroidOf([...latestByCollar.values()]),
  };
}

export async function syncAllHerds(herdIds: readonly string[]): Promise<HerdSummary[]> {
  const summaries: HerdSummary[] = [];
  for (const herdId of herdIds) {
    summaries.push(await syncHerd(herdId));
  }
  return summaries;
}
