// expect: none
// The per-well loader and the post-processing steps are passed as functions to code that calls them, and Promise.all only ever receives the promises those calls return.
export interface WellSurveyApi {
  fetchTemperatureLog(wellId: string): Promise<Array<{ depthM: number; tempC: number }>>;
  fetchCasingDepth(wellId: string): Promise<number>;
}

export interface WellSurvey {
  wellId: string;
  casingDepthM: number;
  points: Array<{ depthM: number; tempC: number }>;
  bottomTempC?: number;
  gradientCPerKm?: number;
}

type SurveyStep = (survey: WellSurvey) => Promise<void>;

export class WellSurveyBatch {
  constructor(private readonly api: WellSurveyApi, private readonly concurrency = 4) {}

  async loadWell(wellId: string): Promise<WellSurvey> {
    const [points, casingDepthM] = await Promise.all([
      this.api.fetchTemperatureLog(wellId),
      this.api.fetchCasingDepth(wellId),
    ]);
    // Readings inside the casing are affected by drilling fluid circulation.
    return { wellId, casingDepthM, points: points.filter((p) => p.depthM > casingDepthM) };
  }

  private async bottomTemperature(survey: WellSurvey): Promise<void> {
    const deepest = survey.points.reduce<{ depthM: number; tempC: number } | undefined>(
      (best, p) => (!best || p.depthM > best.depthM ? p : best),
      undefined,
    );
    survey.bottomTempC = deepest?.tempC;
  }

  private async gradient(survey: WellSurvey): Promise<void> {
    const pts = survey.points;
    if (pts.length < 2) return;
    const first = pts[0];
    const last = pts[pts.length - 1];
    survey.gradientCPerKm = ((last.tempC - first.tempC) / (last.depthM - first.depthM)) * 1000;
  }

  async run(wellIds: string[]): Promise<WellSurvey[]> {
    const steps: SurveyStep[] = [this.bottomTemperature, this.gradient];
    const out: WellSurvey[] = [];
    for (let i = 0; i < wellIds.length; i += this.concurrency) {
      const chunk = wellIds.slice(i, i + this.concurrency);
      const surveys = await Promise.all(chunk.map((id) => this.loadWell(id)));
      for (const survey of surveys) {
        await Promise.all(steps.map((step) => step.call(this, survey)));
      }
      out.push(...surveys);
    }
    return out;
  }
}

export function hottest(surveys: WellSurvey[]): WellSurvey | undefined {
  return surveys
    .filter((s) => s.bottomTempC !== undefined)
    .sort((a, b) => (b.bottomTempC ?? 0) - (a.bottomTempC ?? 0))[0];
}
