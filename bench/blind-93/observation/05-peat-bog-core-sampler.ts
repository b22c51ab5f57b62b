// expect: none
// All core requests start up front but each gets its .then(ok, fail) handler at creation, so awaiting them one by one cannot leave a rejection unhandled.
export interface CoreSite {
  id: string;
  bog: string;
  lat: number;
  lon: number;
}

export interface CoreProfile {
  siteId: string;
  depthCm: number;
  layers: Array<{ fromCm: number; toCm: number; humification: number; carbonPct: number }>;
}

type Outcome = { site: CoreSite; profile: CoreProfile } | { site: CoreSite; error: Error };

declare const lab: {
  fetchCore(siteId: string): Promise<CoreProfile>;
};

declare const report: {
  row(cells: Array<string | number>): void;
  flush(): Promise<void>;
};

function carbonStockKgPerM2(profile: CoreProfile, bulkDensity = 0.1): number {
  // bulk density in g/cm³; 1 cm of a 1 m² column = 10_000 cm³
  return profile.layers.reduce((sum, layer) => {
    const thickness = layer.toCm - layer.fromCm;
    const grams = thickness * 10_000 * bulkDensity * (layer.carbonPct / 100);
    return sum + grams / 1000;
  }, 0);
}

export async function writeCarbonReport(sites: CoreSite[]): Promise<{ ok: number; failed: string[] }> {
  // kick every request off now; the lab API is slow but happy with concurrency
  const outcomes: Array<Promise<Outcome>> = sites.map((site) =>
    lab.fetchCore(site.id).then(
      (profile) => ({ site, profile }),
      (err: unknown) => ({ site, error: err instanceof Error ? err : new Error(String(err)) }),
    ),
  );

  const failed: string[] = [];
  let ok = 0;

  // rows must come out in survey order, so consume sequentially
  for (const pending of outcomes) {
    const outcome = await pending;
    if ('error' in outcome) {
      failed.push(`${outcome.site.id}: ${outcome.error.message}`);
      report.row([outcome.site.bog, outcome.site.id, 'n/a', 'n/a']);
      continue;
    }
    ok++;
    report.row([
      outcome.site.bog,
      outcome.site.id,
      outcome.profile.depthCm,
      carbonStockKgPerM2(outcome.profile).toFixed(1),
    ]);
  }

  await report.flush();
  return { ok, failed };
}

export function deepestSite(profiles: CoreProfile[]): CoreProfile | undefined {
  return profiles.reduce<CoreProfile | undefined>(
    (best, p) => (!best || p.depthCm > best.depthCm ? p : best),
    undefined,
  );
}
