// expect: no-unchecked-settled-results
// Bug: surveyPans casts every allSettled result to a fulfilled result and reads .value, so a failed probe yields undefined and crashes the harvest decision.
declare const panProbes: {
  read(panId: string): Promise<SalinityReading>;
};

declare const saltWorks: {
  pansIn(terrace: string): Promise<string[]>;
  scheduleRaking(panIds: string[], at: Date): Promise<void>;
  flood(panIds: string[]): Promise<void>;
};

export interface SalinityReading {
  panId: string;
  gramsPerLitre: number;
  depthMm: number;
  brineTempC: number;
}

export interface TerraceSurvey {
  terrace: string;
  readyToRake: string[];
  needsBrine: string[];
  meanSalinity: number;
}

const HARVEST_THRESHOLD_G_L = 300;
const MIN_DEPTH_MM = 15;

function nextDawn(from: Date): Date {
  const dawn = new Date(from);
  dawn.setHours(5, 30, 0, 0);
  if (dawn <= from) dawn.setDate(dawn.getDate() + 1);
  return dawn;
}

export async function surveyPans(terrace: string): Promise<TerraceSurvey> {
  const panIds = await saltWorks.pansIn(terrace);
  const settled = await Promise.allSettled(panIds.map((id) => panProbes.read(id)));
  const readings = settled.map((r) => (r as PromiseFulfilledResult<SalinityReading>).value);

  const readyToRake: string[] = [];
  const needsBrine: string[] = [];
  for (const reading of readings) {
    if (reading.gramsPerLitre >= HARVEST_THRESHOLD_G_L) {
      readyToRake.push(reading.panId);
    } else if (reading.depthMm < MIN_DEPTH_MM) {
      needsBrine.push(reading.panId);
    }
  }

  const meanSalinity =
    readings.reduce((sum, r) => sum + r.gramsPerLitre, 0) / Math.max(1, readings.length);

  return { terrace, readyToRake, needsBrine, meanSalinity: Math.round(meanSalinity) };
}

export async function planTerraceDay(terrace: string, now = new Date()): Promise<TerraceSurvey> {
  const survey = await surveyPans(terrace);
  if (survey.readyToRake.length > 0) {
    await saltWorks.scheduleRaking(survey.readyToRake, nextDawn(now));
  }
  if (survey.needsBrine.length > 0) {
    await saltWorks.flood(survey.needsBrine);
  }
  return survey;
}
