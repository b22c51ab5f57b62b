// expect: no-unchecked-settled-results
// planCrewDay checks the permit result's status but casts the forecast result to fulfilled and reads .value, which is undefined when the weather call rejected.
export interface RoofSite {
  siteId: string;
  postcode: string;
  pitchDeg: number;
  areaM2: number;
  seam: 'standing' | 'roll-cap' | 'batten';
}

export interface Forecast {
  windKph: number;
  rainMm: number;
  minTempC: number;
}

export interface ScaffoldPermit {
  ref: string;
  validUntil: Date;
}

export interface CrewDayPlan {
  siteId: string;
  go: boolean;
  reasons: string[];
  permitRef?: string;
  harnessRequired: boolean;
  expectedM2: number;
}

declare const weather: {
  forecast(postcode: string, day: string): Promise<Forecast>;
};

declare const councilPermits: {
  scaffold(siteId: string): Promise<ScaffoldPermit | null>;
};

const WIND_LIMIT_KPH = 40;
// Zinc goes brittle below about 7°C; don't fold seams when it is colder.
const MIN_FOLDING_TEMP_C = 7;

function dailyRate(site: RoofSite): number {
  const base = site.seam === 'standing' ? 28 : site.seam === 'roll-cap' ? 35 : 40;
  return site.pitchDeg > 35 ? base * 0.7 : base;
}

export async function planCrewDay(site: RoofSite, day: string): Promise<CrewDayPlan> {
  const [forecastResult, permitResult] = await Promise.allSettled([
    weather.forecast(site.postcode, day),
    councilPermits.scaffold(site.siteId),
  ]);

  const reasons: string[] = [];
  const permit = permitResult.status === 'fulfilled' ? permitResult.value : null;
  if (!permit) {
    reasons.push(permitResult.status === 'rejected' ? 'permit service unavailable' : 'no scaffold permit');
  } else if (permit.validUntil.getTime() < Date.parse(day)) {
    reasons.push(`scaffold permit ${permit.ref} expired`);
  }

  const forecast = (forecastResult as PromiseFulfilledResult<Forecast>).value;
  if (forecast.windKph > WIND_LIMIT_KPH) reasons.push(`wind ${forecast.windKph} km/h`);
  if (forecast.rainMm > 2) reasons.push(`rain ${forecast.rainMm} mm`);
  if (forecast.minTempC < MIN_FOLDING_TEMP_C) reasons.push(`too cold to fold seams (${forecast.minTempC}°C)`);

  return {
    siteId: site.siteId,
    go: reasons.length === 0,
    reasons,
    permitRef: permit?.ref,
    harnessRequired: site.pitchDeg >= 15 || forecast.windKph > 25,
    expectedM2: reasons.length === 0 ? Math.min(site.areaM2, dailyRate(site)) : 0,
  };
}

export async function planWeek(sites: readonly RoofSite[], days: readonly string[]): Promise<Map<string, CrewDayPlan[]>> {
  const plans = new Map<string, CrewDayPlan[]>();
  for (const day of days) {
    const dayPlans: CrewDayPlan[] = [];
    for (const site of sites) {
      dayPlans.push(await planCrewDay(site, day));
    }
    plans.set(day, dayPlans);
  }
  return plans;
}
