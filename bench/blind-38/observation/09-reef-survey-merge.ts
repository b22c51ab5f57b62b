// expect: no-unchecked-settled-results
// mergeSurveys tolerates a minority of failed stations but then casts every settled result to fulfilled and reads .value, including the rejected ones.
export interface TransectSurvey {
  stationId: string;
  transect: number;
  liveCoralPct: number;
  bleachedPct: number;
  macroalgaePct: number;
  parrotfishCount: number;
  diver: string;
}

export interface StationSummary {
  stationId: string;
  transects: number;
  liveCoralPct: number;
  bleachedPct: number;
  grazers: number;
}

declare const diveLogs: { surveysFor(stationId: string, season: string): Promise<TransectSurvey[]> };
declare const reefReport: { publish(season: string, summaries: StationSummary[], failedStations: number): Promise<void> };

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

export function summarise(stationId: string, surveys: TransectSurvey[]): StationSummary {
  return {
    stationId,
    transects: surveys.length,
    liveCoralPct: Number(mean(surveys.map((s) => s.liveCoralPct)).toFixed(1)),
    bleachedPct: Number(mean(surveys.map((s) => s.bleachedPct)).toFixed(1)),
    grazers: surveys.reduce((n, s) => n + s.parrotfishCount, 0),
  };
}

export async function mergeSurveys(stationIds: readonly string[], season: string): Promise<StationSummary[]> {
  const results = await Promise.allSettled(stationIds.map((id) => diveLogs.surveysFor(id, season)));

  const failed = results.filter((r) => r.status === 'rejected').length;
  if (failed > stationIds.length / 2) {
    throw new Error(`${failed} of ${stationIds.length} stations missing dive logs for ${season}`);
  }

  const summaries = results.map((result, i) => {
    const surveys = (result as PromiseFulfilledResult<TransectSurvey[]>).value;
    return summarise(stationIds[i], surveys);
  });

  summaries.sort((a, b) => a.liveCoralPct - b.liveCoralPct);
  await reefReport.publish(season, summaries, failed);
  return summaries;
}

export function decliningStations(current: StationSummary[], previous: StationSummary[], thresholdPct = 5): string[] {
  const before = new Map(previous.map((s) => [s.stationId, s.liveCoralPct]));
  return current
    .filter((s) => {
      const prior = before.get(s.stationId);
      return prior !== undefined && prior - s.liveCoralPct >= thresholdPct;
    })
    .map((s) => s.stationId);
}
