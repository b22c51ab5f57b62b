// expect: none
// The hive records and moisture readings are started together but handed straight to Promise.all, which attaches handlers to both before anything else is awaited, so a rejection of either is always observed.
export interface HiveRecord {
  hiveId: string;
  apiary: string;
  forage: 'clover' | 'heather' | 'borage' | 'mixed';
}

export interface MoistureReading {
  hiveId: string;
  percent: number;
  takenAt: string;
}

export interface ApiaryApi {
  hivesForBatch(batchId: string): Promise<HiveRecord[]>;
  moistureForBatch(batchId: string): Promise<MoistureReading[]>;
}

export interface QualityLine {
  hiveId: string;
  apiary: string;
  forage: HiveRecord['forage'];
  moisture: number | null;
  grade: 'A' | 'B' | 'reject' | 'unknown';
}

function grade(moisture: number | null, forage: HiveRecord['forage']): QualityLine['grade'] {
  if (moisture === null) return 'unknown';
  const limit = forage === 'heather' ? 23 : 20;
  if (moisture > limit) return 'reject';
  return moisture <= limit - 2 ? 'A' : 'B';
}

export async function buildQualityReport(api: ApiaryApi, batchId: string): Promise<QualityLine[]> {
  const hivesP = api.hivesForBatch(batchId);
  const moistureP = api.moistureForBatch(batchId);
  const [hives, readings] = await Promise.all([hivesP, moistureP]);

  const latest = new Map<string, MoistureReading>();
  for (const r of readings) {
    const prev = latest.get(r.hiveId);
    if (!prev || prev.takenAt < r.takenAt) latest.set(r.hiveId, r);
  }

  return hives.map((hive) => {
    const moisture = latest.get(hive.hiveId)?.percent ?? null;
    return {
      hiveId: hive.hiveId,
      apiary: hive.apiary,
      forage: hive.forage,
      moisture,
      grade: grade(moisture, hive.forage),
    };
  });
}

export function summarise(lines: QualityLine[]): string {
  const counts = { A: 0, B: 0, reject: 0, unknown: 0 };
  for (const line of lines) counts[line.grade] += 1;
  const rejects = lines.filter((l) => l.grade === 'reject').map((l) => `${l.hiveId} (${l.moisture}%)`);
  return [
    `Grade A: ${counts.A}, Grade B: ${counts.B}, unknown: ${counts.unknown}`,
    rejects.length ? `Rejected for moisture: ${rejects.join(', ')}` : 'No moisture rejects',
  ].join('\n');
}
