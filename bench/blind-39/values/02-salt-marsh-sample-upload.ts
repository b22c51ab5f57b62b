// expect: none
// Every async value is awaited (via a Promise.all destructure) before it is put into the payload, the template strings and the comparisons.
export interface CoreSample {
  sampleId: string;
  stationCode: string;
  depthCm: number;
  organicPct: number;
  takenAt: string;
}

interface TideWindow {
  lowWaterAt: string;
  heightM: number;
}

declare const tideTables: {
  nearestLowWater(stationCode: string, at: string): Promise<TideWindow>;
};

declare const stationRegistry: {
  elevationM(stationCode: string): Promise<number>;
  habitat(stationCode: string): Promise<'pioneer' | 'low-marsh' | 'mid-marsh' | 'high-marsh'>;
};

declare const labPortal: {
  submit(body: string): Promise<{ accepted: boolean; batchId: string }>;
};

declare const fieldLog: { write(line: string): void };

async function describeSample(sample: CoreSample) {
  const [tide, elevationM, habitat] = await Promise.all([
    tideTables.nearestLowWater(sample.stationCode, sample.takenAt),
    stationRegistry.elevationM(sample.stationCode),
    stationRegistry.habitat(sample.stationCode),
  ]);
  const exposureM = Math.round((elevationM - tide.heightM) * 100) / 100;
  return { ...sample, habitat, elevationM, exposureM, lowWaterAt: tide.lowWaterAt };
}

export async function uploadCores(samples: CoreSample[]): Promise<string | undefined> {
  const valid = samples.filter((s) => s.depthCm > 0 && s.organicPct >= 0 && s.organicPct <= 100);
  if (valid.length === 0) return undefined;

  const described = await Promise.all(valid.map((s) => describeSample(s)));
  const submerged = described.filter((d) => d.exposureM < 0);
  for (const d of submerged) {
    fieldLog.write(`${d.sampleId}: taken ${Math.abs(d.exposureM)}m below low water at ${d.lowWaterAt}`);
  }

  const body = JSON.stringify({
    submittedAt: new Date().toISOString(),
    samples: described,
    flags: { submergedCount: submerged.length },
  });

  const result = await labPortal.submit(body);
  if (result.accepted === false) {
    throw new Error(`lab rejected marsh core batch (${valid.length} samples)`);
  }
  fieldLog.write(`submitted ${valid.length} cores as batch ${result.batchId}`);
  return result.batchId;
}

export function organicByHabitat(rows: Array<{ habitat: string; organicPct: number }>): Record<string, number> {
  const sums: Record<string, { total: number; n: number }> = {};
  for (const row of rows) {
    const s = (sums[row.habitat] ??= { total: 0, n: 0 });
    s.total += row.organicPct;
    s.n += 1;
  }
  return Object.fromEntries(Object.entries(sums).map(([k, v]) => [k, Math.round((v.total / v.n) * 10) / 10]));
}
