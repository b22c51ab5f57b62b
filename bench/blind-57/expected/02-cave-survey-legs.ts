// expect: none
// Correct: async functions are passed by reference only to APIs that expect a callback (map, a retry helper, a task pool); every promise slot gets a call.
declare const laserUnit: {
  shoot(from: string, to: string): Promise<{ distanceM: number; azimuthDeg: number; inclinationDeg: number }>;
  selfTest(): Promise<boolean>;
};

declare const surveyStore: {
  loadLegs(caveId: string): Promise<Array<{ from: string; to: string }>>;
  saveShots(caveId: string, shots: SurveyShot[]): Promise<void>;
  loadCalibration(unitSerial: string): Promise<{ azimuthOffsetDeg: number }>;
};

export interface SurveyShot {
  from: string;
  to: string;
  distanceM: number;
  azimuthDeg: number;
  inclinationDeg: number;
}

async function withRetry<T>(task: () => Promise<T>, attempts: number, delayMs = 250): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await task();
    } catch (err) {
      lastError = err;
      await new Promise<void>((resolve) => setTimeout(resolve, delayMs * (i + 1)));
    }
  }
  throw lastError;
}

async function runPool<T, R>(items: T[], size: number, worker: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await worker(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, lane));
  return results;
}

function normaliseAzimuth(deg: number): number {
  return ((deg % 360) + 360) % 360;
}

export async function surveyCave(caveId: string, unitSerial: string): Promise<SurveyShot[]> {
  const [legs, calibration, healthy] = await Promise.all([
    surveyStore.loadLegs(caveId),
    surveyStore.loadCalibration(unitSerial),
    laserUnit.selfTest(),
  ]);
  if (!healthy) {
    throw new Error(`laser ${unitSerial} failed self-test`);
  }

  const measureLeg = async (leg: { from: string; to: string }): Promise<SurveyShot> => {
    const raw = await withRetry(() => laserUnit.shoot(leg.from, leg.to), 3);
    return {
      from: leg.from,
      to: leg.to,
      distanceM: Math.round(raw.distanceM * 1000) / 1000,
      azimuthDeg: normaliseAzimuth(raw.azimuthDeg + calibration.azimuthOffsetDeg),
      inclinationDeg: raw.inclinationDeg,
    };
  };

  // The laser can only hold two targets at once, so limit concurrency.
  const shots = await runPool(legs, 2, measureLeg);
  await surveyStore.saveShots(caveId, shots);
  return shots;
}

export async function resurveyLegs(caveId: string, legs: Array<{ from: string; to: string }>): Promise<number> {
  const shots = await Promise.all(
    legs.map((leg) => withRetry(() => laserUnit.shoot(leg.from, leg.to), 2)),
  );
  const accepted: SurveyShot[] = shots
    .map((s, i) => ({ ...legs[i], ...s, azimuthDeg: normaliseAzimuth(s.azimuthDeg) }))
    .filter((s) => s.distanceM > 0.05);
  await surveyStore.saveShots(caveId, accepted);
  return accepted.length;
}
