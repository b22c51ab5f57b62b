// expect: no-unobserved-promise
// All regions are warmed concurrently but only the home region is awaited first: a failure in another region while that await is pending, or any failure after the home-region check throws, is a rejection with no handler attached (an unhandled rejection in the deploy hook).
interface WarmupReport {
  region: string;
  warmed: number;
  errors: number;
  ms: number;
}
declare const edge: {
  prefetch(region: string, keys: string[], opts: { ttlSec: number }): Promise<{ ok: number; failed: number }>;
};
declare function hotKeys(limit: number): Promise<string[]>;

async function warmRegion(region: string, keys: string[]): Promise<WarmupReport> {
  const started = Date.now();
  let warmed = 0;
  let errors = 0;
  for (let i = 0; i < keys.length; i += 200) {
    const { ok, failed } = await edge.prefetch(region, keys.slice(i, i + 200), { ttlSec: 3_600 });
    warmed += ok;
    errors += failed;
  }
  return { region, warmed, errors, ms: Date.now() - started };
}

export async function warmAllRegions(homeRegion: string, regions: string[], maxErrorRate = 0.05): Promise<WarmupReport[]> {
  const keys = await hotKeys(5_000);
  if (keys.length === 0) {
    console.log('[warmup] no hot keys recorded yet, skipping');
    return [];
  }

  const ordered = [homeRegion, ...regions.filter((r) => r !== homeRegion)];
  const [home, ...others] = ordered.map((region) => warmRegion(region, keys));

  const homeReport = await home;
  const rate = homeReport.errors / Math.max(1, homeReport.warmed + homeReport.errors);
  if (rate > maxErrorRate) {
    throw new Error(`[warmup] ${homeRegion} error rate ${(rate * 100).toFixed(1)}% exceeds ${maxErrorRate * 100}%`);
  }
  console.log(`[warmup] ${homeRegion} warmed ${homeReport.warmed} keys in ${homeReport.ms}ms`);

  const rest = await Promise.all(others);
  for (const r of rest) {
    console.log(`[warmup] ${r.region}: ${r.warmed} warmed, ${r.errors} errors, ${r.ms}ms`);
  }
  return [homeReport, ...rest];
}
