// expect: none
// Site jobs are pushed into an array inside a loop with no await in between and the whole array goes to Promise.all, so every job has a handler from the start.
export interface RadarSite {
  siteId: string;
  band: 'S' | 'C' | 'X';
  lastSolarCalAt: string;
  online: boolean;
}

export interface SolarCalResult {
  siteId: string;
  azimuthOffsetDeg: number;
  elevationOffsetDeg: number;
  sunPowerDbm: number;
}

declare const network: {
  sites(region: string): Promise<RadarSite[]>;
};

declare const solarCal: {
  scheduleScan(siteId: string, window: { startUtc: string; endUtc: string }): Promise<SolarCalResult>;
};

declare const pointingTable: {
  apply(result: SolarCalResult): Promise<void>;
};

const MAX_AZ_CORRECTION_DEG = 0.3;
const MAX_EL_CORRECTION_DEG = 0.2;
const RECAL_AFTER_DAYS = 14;

function isDue(site: RadarSite, now: number): boolean {
  const ageDays = (now - Date.parse(site.lastSolarCalAt)) / 86_400_000;
  return site.online && ageDays >= RECAL_AFTER_DAYS;
}

function sunsetWindow(now: Date): { startUtc: string; endUtc: string } {
  const start = new Date(now);
  start.setUTCHours(17, 30, 0, 0);
  const end = new Date(start.getTime() + 40 * 60_000);
  return { startUtc: start.toISOString(), endUtc: end.toISOString() };
}

async function calibrateAndApply(site: RadarSite, window: { startUtc: string; endUtc: string }) {
  const result = await solarCal.scheduleScan(site.siteId, window);
  const withinLimits =
    Math.abs(result.azimuthOffsetDeg) <= MAX_AZ_CORRECTION_DEG &&
    Math.abs(result.elevationOffsetDeg) <= MAX_EL_CORRECTION_DEG;
  if (withinLimits) {
    await pointingTable.apply(result);
  }
  return { result, applied: withinLimits };
}

export async function recalibrateRegion(region: string, now = new Date()) {
  const sites = await network.sites(region);
  const due = sites.filter((s) => isDue(s, now.getTime()));
  if (due.length === 0) {
    return { applied: [] as string[], needsEngineer: [] as string[] };
  }

  const window = sunsetWindow(now);
  const jobs: Array<Promise<{ result: SolarCalResult; applied: boolean }>> = [];
  for (const site of due) {
    if (site.band === 'X' && due.length > 8) {
      // X-band gap fillers share a scheduler slot; skip them on busy evenings.
      continue;
    }
    jobs.push(calibrateAndApply(site, window));
  }

  const outcomes = await Promise.all(jobs);
  return {
    applied: outcomes.filter((o) => o.applied).map((o) => o.result.siteId),
    needsEngineer: outcomes.filter((o) => !o.applied).map((o) => o.result.siteId),
  };
}
