// expect: no-unchecked-settled-results
// Bug: allSettled results are cast to PromiseFulfilledResult and .value is read without checking status, so one offline crusher makes r.value undefined.
export interface CrusherTelemetry {
  crusherId: string;
  stage: 'primary' | 'secondary' | 'tertiary';
  tonnesPerHour: number;
  closedSideSettingMm: number;
  motorLoadPct: number;
  linerWearPct: number;
}

export interface LineSurvey {
  lineId: string;
  throughputTph: number;
  bottleneck: string | null;
  linersDue: string[];
  overloaded: string[];
}

declare const plantScada: {
  crusherIds(lineId: string): Promise<string[]>;
  telemetry(crusherId: string): Promise<CrusherTelemetry>;
};
declare const shiftReport: { post(survey: LineSurvey): Promise<void> };

const STAGE_ORDER: Record<CrusherTelemetry['stage'], number> = { primary: 0, secondary: 1, tertiary: 2 };

function stageThroughput(units: CrusherTelemetry[]): Map<CrusherTelemetry['stage'], number> {
  const byStage = new Map<CrusherTelemetry['stage'], number>();
  for (const u of units) byStage.set(u.stage, (byStage.get(u.stage) ?? 0) + u.tonnesPerHour);
  return byStage;
}

export async function surveyLine(lineId: string): Promise<LineSurvey> {
  const ids = await plantScada.crusherIds(lineId);
  const results = await Promise.allSettled(ids.map((id) => plantScada.telemetry(id)));
  const units = results.map((r) => (r as PromiseFulfilledResult<CrusherTelemetry>).value);

  units.sort((a, b) => STAGE_ORDER[a.stage] - STAGE_ORDER[b.stage]);
  const byStage = stageThroughput(units);

  let bottleneck: string | null = null;
  let minTph = Infinity;
  for (const [stage, tph] of byStage) {
    if (tph < minTph) {
      minTph = tph;
      bottleneck = stage;
    }
  }

  const survey: LineSurvey = {
    lineId,
    throughputTph: Number.isFinite(minTph) ? minTph : 0,
    bottleneck,
    linersDue: units.filter((u) => u.linerWearPct >= 80).map((u) => u.crusherId),
    overloaded: units.filter((u) => u.motorLoadPct > 95).map((u) => u.crusherId),
  };
  await shiftReport.post(survey);
  return survey;
}

export function recommendCss(unit: CrusherTelemetry, targetTopSizeMm: number): number {
  // Keep the closed-side setting about 80% of the target top size, within the liner's safe range.
  const ideal = targetTopSizeMm * 0.8;
  const worn = unit.linerWearPct / 100;
  const min = unit.stage === 'primary' ? 100 : 12;
  const max = unit.stage === 'primary' ? 250 : 60;
  return Math.round(Math.min(max, Math.max(min, ideal * (1 - worn * 0.1))));
}
