// expect: none
// Correct: the calibration load starts early but .then(ok, fail) is attached at once, so the stored promise can never reject unobserved while other awaits run.
export interface Calibration {
  trackId: string;
  gateOffsetsNs: Record<string, number>;
  lapLengthM: number;
}

export interface HeatEntry {
  riderId: string;
  name: string;
  gateTimesNs: number[];
}

export interface RankedRider {
  riderId: string;
  name: string;
  bestLapS: number;
  avgSpeedKmh: number;
}

declare const trackDb: {
  calibration(trackId: string): Promise<Calibration>;
  heat(heatId: string): Promise<{ trackId: string; gateId: string; entries: HeatEntry[] }>;
  saveRanking(heatId: string, ranking: RankedRider[], calibrated: boolean): Promise<void>;
};
declare const officials: { warn(heatId: string, msg: string): void };

type Loaded<T> = { ok: true; value: T } | { ok: false; error: unknown };

function lapsFrom(timesNs: number[], offsetNs: number): number[] {
  const laps: number[] = [];
  for (let i = 1; i < timesNs.length; i++) {
    laps.push((timesNs[i] - timesNs[i - 1] - offsetNs) / 1e9);
  }
  return laps;
}

export async function rankHeat(heatId: string, expectedTrackId: string): Promise<RankedRider[]> {
  const calibration: Promise<Loaded<Calibration>> = trackDb.calibration(expectedTrackId).then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, error }),
  );

  const heat = await trackDb.heat(heatId);
  if (heat.trackId !== expectedTrackId) {
    throw new Error(`heat ${heatId} was ridden on ${heat.trackId}, not ${expectedTrackId}`);
  }

  const loaded = await calibration;
  let offsetNs = 0;
  let lapLengthM = 250;
  if (loaded.ok) {
    offsetNs = loaded.value.gateOffsetsNs[heat.gateId] ?? 0;
    lapLengthM = loaded.value.lapLengthM;
  } else {
    officials.warn(heatId, `uncalibrated results: ${String(loaded.error)}`);
  }

  const ranking = heat.entries
    .filter((e) => e.gateTimesNs.length >= 2)
    .map((entry): RankedRider => {
      const laps = lapsFrom(entry.gateTimesNs, offsetNs);
      const bestLapS = Math.min(...laps);
      const totalS = laps.reduce((s, l) => s + l, 0);
      return {
        riderId: entry.riderId,
        name: entry.name,
        bestLapS: Math.round(bestLapS * 1000) / 1000,
        avgSpeedKmh: Math.round(((laps.length * lapLengthM) / totalS) * 3.6 * 100) / 100,
      };
    })
    .sort((a, b) => a.bestLapS - b.bestLapS);

  await trackDb.saveRanking(heatId, ranking, loaded.ok);
  return ranking;
}
