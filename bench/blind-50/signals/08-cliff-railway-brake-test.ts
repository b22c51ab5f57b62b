// expect: no-swallowed-abort
// runBrakeTest's catch-all turns an AbortError into an ordinary { passed: false } result, so a cancelled test is recorded as a brake failure.

export interface BrakeTestResult {
  carId: string;
  passed: boolean;
  decelerationMs2?: number;
  stoppingDistanceM?: number;
  reason?: string;
  testedAt: Date;
}

interface Sample {
  tMs: number;
  speedMs: number;
}

declare const railwayControl: {
  runToSpeed(carId: string, speedMs: number, options: { signal: AbortSignal }): Promise<void>;
  applyEmergencyBrake(carId: string, options: { signal: AbortSignal }): Promise<Sample[]>;
  holdAtStation(carId: string): Promise<void>;
};

declare const maintenanceLog: {
  record(result: BrakeTestResult): Promise<void>;
  warn(msg: string, meta?: Record<string, unknown>): void;
};

const TEST_SPEED_MS = 4;
const MIN_DECEL_MS2 = 1.8;
const MAX_STOP_M = 6;

export function analyse(samples: Sample[]): { decelerationMs2: number; stoppingDistanceM: number } {
  if (samples.length < 2) throw new Error('not enough speed samples');
  let distance = 0;
  for (let i = 1; i < samples.length; i++) {
    const dt = (samples[i].tMs - samples[i - 1].tMs) / 1000;
    distance += ((samples[i].speedMs + samples[i - 1].speedMs) / 2) * dt;
  }
  const first = samples[0];
  const stop = samples.find((s) => s.speedMs <= 0.05) ?? samples[samples.length - 1];
  const seconds = Math.max(0.001, (stop.tMs - first.tMs) / 1000);
  return { decelerationMs2: (first.speedMs - stop.speedMs) / seconds, stoppingDistanceM: distance };
}

export async function runBrakeTest(carId: string, { signal }: { signal: AbortSignal }): Promise<BrakeTestResult> {
  try {
    await railwayControl.runToSpeed(carId, TEST_SPEED_MS, { signal });
    const samples = await railwayControl.applyEmergencyBrake(carId, { signal });
    const { decelerationMs2, stoppingDistanceM } = analyse(samples);
    const passed = decelerationMs2 >= MIN_DECEL_MS2 && stoppingDistanceM <= MAX_STOP_M;
    return { carId, passed, decelerationMs2, stoppingDistanceM, testedAt: new Date() };
  } catch (err) {
    maintenanceLog.warn('brake test did not complete', { carId, error: String(err) });
    return {
      carId,
      passed: false,
      reason: err instanceof Error ? err.message : String(err),
      testedAt: new Date(),
    };
  }
}

export async function morningChecks(carIds: string[], signal: AbortSignal): Promise<BrakeTestResult[]> {
  const results: BrakeTestResult[] = [];
  for (const carId of carIds) {
    const result = await runBrakeTest(carId, { signal });
    await maintenanceLog.record(result);
    if (!result.passed) {
      await railwayControl.holdAtStation(carId);
    }
    results.push(result);
  }
  return results;
}
