// expect: none
// surveyCore is passed as a function to runLimited, which calls it for every core and awaits the returned promises, so the uncalled reference is exactly what the helper expects.
export interface SedimentCore {
  coreId: string;
  transect: string;
  depthCm: number;
  labUrl: string;
}

export interface CoreResult {
  coreId: string;
  organicMatterPct: number;
  bulkDensity: number;
  carbonStockKgM2: number;
}

export async function runLimited<I, O>(items: I[], limit: number, worker: (item: I) => Promise<O>): Promise<O[]> {
  const results = new Array<O>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await worker(items[index]);
    }
  });
  await Promise.all(lanes);
  return results;
}

export async function surveyCore(core: SedimentCore): Promise<CoreResult> {
  const res = await fetch(`${core.labUrl}/cores/${encodeURIComponent(core.coreId)}/loss-on-ignition`);
  if (!res.ok) throw new Error(`lab has no LOI result for core ${core.coreId} (HTTP ${res.status})`);
  const { organicMatterPct, bulkDensity } = (await res.json()) as { organicMatterPct: number; bulkDensity: number };
  const carbonFraction = 0.4 * (organicMatterPct / 100) + 0.0025 * (organicMatterPct / 100) ** 2;
  const carbonStockKgM2 = carbonFraction * bulkDensity * (core.depthCm / 100) * 1000;
  return { coreId: core.coreId, organicMatterPct, bulkDensity, carbonStockKgM2: Math.round(carbonStockKgM2 * 100) / 100 };
}

export async function carbonByTransect(cores: SedimentCore[], concurrency = 4): Promise<Map<string, number>> {
  const results = await runLimited(cores, concurrency, surveyCore);
  const totals = new Map<string, number>();
  results.forEach((r, i) => {
    const transect = cores[i].transect;
    totals.set(transect, (totals.get(transect) ?? 0) + r.carbonStockKgM2);
  });
  return totals;
}

export function restorationGain(before: Map<string, number>, after: Map<string, number>): Array<[string, number]> {
  return [...after.entries()]
    .map(([transect, kg]): [string, number] => [transect, Math.round((kg - (before.get(transect) ?? 0)) * 100) / 100])
    .sort((a, b) => b[1] - a[1]);
}
