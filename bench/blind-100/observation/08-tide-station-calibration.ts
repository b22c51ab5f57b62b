// expect: none
// Promise.allSettled results are split by status, rejected stations keep their old offset and are reported with their reasons, so a failed calibration is never mistaken for a success.
export interface TideStation {
  id: string;
  name: string;
  datumOffsetMm: number;
}

export interface BenchmarkSurvey {
  measureOffset(stationId: string): Promise<number>;
}

export interface StationConfigStore {
  saveOffset(stationId: string, offsetMm: number): Promise<void>;
}

export interface CalibrationOutcome {
  calibrated: { id: string; driftMm: number }[];
  failed: { id: string; reason: string }[];
}

const MAX_ACCEPTED_DRIFT_MM = 35;

export async function recalibrate(
  stations: TideStation[],
  survey: BenchmarkSurvey,
  store: StationConfigStore,
): Promise<CalibrationOutcome> {
  const results = await Promise.allSettled(
    stations.map(async (station) => {
      const measured = await survey.measureOffset(station.id);
      const driftMm = measured - station.datumOffsetMm;
      if (Math.abs(driftMm) > MAX_ACCEPTED_DRIFT_MM) {
        throw new Error(`drift ${driftMm}mm exceeds tolerance; resurvey benchmark`);
      }
      await store.saveOffset(station.id, measured);
      return { id: station.id, driftMm };
    }),
  );

  const outcome: CalibrationOutcome = { calibrated: [], failed: [] };
  results.forEach((result, i) => {
    const station = stations[i];
    if (result.status === 'fulfilled') {
      outcome.calibrated.push(result.value);
    } else {
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      outcome.failed.push({ id: station.id, reason });
    }
  });
  return outcome;
}

export function formatOutcome(outcome: CalibrationOutcome): string {
  const lines = outcome.calibrated.map((c) => `  ok   ${c.id} drift ${c.driftMm}mm`);
  for (const f of outcome.failed) lines.push(`  FAIL ${f.id}: ${f.reason}`);
  return [`calibrated ${outcome.calibrated.length}, failed ${outcome.failed.length}`, ...lines].join('\n');
}
