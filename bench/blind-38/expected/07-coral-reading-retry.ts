// expect: no-reused-settled-promise
// sampleWithRetry starts one sensor read before the loop and re-awaits that same rejected promise on every retry instead of sampling again.
import { setTimeout as sleep } from 'node:timers/promises';

export interface ReefReading {
  stationId: string;
  depthM: number;
  waterTempC: number;
  ph: number;
  turbidityNtu: number;
  dhw: number;
  takenAt: string;
}

export interface BleachingRisk {
  stationId: string;
  level: 'none' | 'watch' | 'warning' | 'alert-1' | 'alert-2';
  readings: number;
}

declare const buoyLink: {
  sample(stationId: string, depthM: number): Promise<ReefReading>;
  stations(): Promise<Array<{ stationId: string; depths: number[] }>>;
};
declare const reefArchive: { store(readings: ReefReading[]): Promise<void> };

const ATTEMPTS = 3;

function backoffMs(attempt: number): number {
  return 500 * 2 ** attempt;
}

export async function sampleWithRetry(stationId: string, depthM: number): Promise<ReefReading> {
  const sample = buoyLink.sample(stationId, depthM);
  let lastError: unknown;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    try {
      const reading = await sample;
      if (reading.ph < 6 || reading.ph > 9.5) {
        throw new RangeError(`implausible pH ${reading.ph} at ${stationId}/${depthM}m`);
      }
      return reading;
    } catch (err) {
      lastError = err;
      if (attempt < ATTEMPTS - 1) {
        await sleep(backoffMs(attempt));
      }
    }
  }
  throw lastError;
}

export function classify(stationId: string, readings: readonly ReefReading[]): BleachingRisk {
  const maxDhw = Math.max(0, ...readings.map((r) => r.dhw));
  const level: BleachingRisk['level'] =
    maxDhw >= 8 ? 'alert-2' : maxDhw >= 4 ? 'alert-1' : maxDhw > 0 ? 'warning' : readings.some((r) => r.waterTempC > 29.5) ? 'watch' : 'none';
  return { stationId, level, readings: readings.length };
}

export async function surveyReef(): Promise<BleachingRisk[]> {
  const stations = await buoyLink.stations();
  const risks: BleachingRisk[] = [];
  for (const { stationId, depths } of stations) {
    const readings: ReefReading[] = [];
    for (const depth of depths) {
      readings.push(await sampleWithRetry(stationId, depth));
    }
    await reefArchive.store(readings);
    risks.push(classify(stationId, readings));
  }
  return risks.sort((a, b) => b.level.localeCompare(a.level));
}
