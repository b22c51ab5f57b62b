// expect: no-unobserved-promise
// planHarvest starts the lab-results request first but awaits the swell forecast and line survey before attaching anything to it, so an early lab failure is an unhandled rejection.
export interface LineSurvey {
  lineId: string;
  metres: number;
  bladeLengthCm: number;
  fouling: 'none' | 'light' | 'heavy';
}

export interface LabResult {
  lineId: string;
  iodineMgPerKg: number;
  cadmiumMgPerKg: number;
}

export interface SwellForecast {
  site: string;
  hours: Array<{ at: string; waveHeightM: number; windKts: number }>;
}

declare const farmApi: {
  survey(site: string): Promise<LineSurvey[]>;
  labResults(site: string, season: string): Promise<LabResult[]>;
};

declare const metOffice: {
  swell(site: string, hoursAhead: number): Promise<SwellForecast>;
};

export interface HarvestPlan {
  site: string;
  window: string | null;
  lines: Array<{ lineId: string; estimatedWetKg: number }>;
  held: Array<{ lineId: string; reason: string }>;
}

const CADMIUM_LIMIT = 3;
const MAX_WAVE_M = 1.2;
const MAX_WIND_KTS = 18;
const KG_PER_METRE_PER_CM = 0.011;

function pickWindow(forecast: SwellForecast): string | null {
  let run: string | null = null;
  let length = 0;
  for (const hour of forecast.hours) {
    if (hour.waveHeightM <= MAX_WAVE_M && hour.windKts <= MAX_WIND_KTS) {
      run ??= hour.at;
      length += 1;
      if (length >= 4) return run;
    } else {
      run = null;
      length = 0;
    }
  }
  return null;
}

export async function planHarvest(site: string, season: string): Promise<HarvestPlan> {
  const labsPromise = farmApi.labResults(site, season);

  const forecast = await metOffice.swell(site, 72);
  const window = pickWindow(forecast);
  const survey = await farmApi.survey(site);

  const labs = await labsPromise;
  const labByLine = new Map(labs.map((l) => [l.lineId, l]));

  const plan: HarvestPlan = { site, window, lines: [], held: [] };
  for (const line of survey) {
    const lab = labByLine.get(line.lineId);
    if (!lab) {
      plan.held.push({ lineId: line.lineId, reason: 'no lab sample this season' });
      continue;
    }
    if (lab.cadmiumMgPerKg > CADMIUM_LIMIT) {
      plan.held.push({ lineId: line.lineId, reason: `cadmium ${lab.cadmiumMgPerKg} mg/kg` });
      continue;
    }
    if (line.fouling === 'heavy') {
      plan.held.push({ lineId: line.lineId, reason: 'heavy fouling, clean before harvest' });
      continue;
    }
    const wetKg = line.metres * line.bladeLengthCm * KG_PER_METRE_PER_CM;
    plan.lines.push({ lineId: line.lineId, estimatedWetKg: Math.round(wetKg) });
  }

  plan.lines.sort((a, b) => b.estimatedWetKg - a.estimatedWetKg);
  return plan;
}
