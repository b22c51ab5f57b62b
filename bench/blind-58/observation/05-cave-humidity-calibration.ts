// expect: no-unobserved-promise
// All humidifier calibrations are started at once but awaited one by one; the drift early return (or an earlier rejection) leaves the remaining promises unobserved.
export interface CalibrationResult {
  unitId: string;
  measuredRh: number;
  driftPct: number;
  nozzleCycles: number;
}

export interface Humidifier {
  id: string;
  calibrate(targetRh: number): Promise<CalibrationResult>;
}

export interface Cave {
  id: string;
  cheese: "comte" | "roquefort" | "tomme";
  humidifiers: Humidifier[];
}

export type CaveCalibration =
  | { status: "ok"; caveId: string; results: CalibrationResult[] }
  | { status: "aborted"; caveId: string; failedUnit: string; driftPct: number };

declare const alerts: {
  raise(caveId: string, message: string): Promise<void>;
};

declare const affinageLog: {
  store(caveId: string, results: CalibrationResult[]): Promise<void>;
};

const TARGET_RH: Record<Cave["cheese"], number> = {
  comte: 92,
  roquefort: 95,
  tomme: 90,
};

const MAX_DRIFT_PCT = 3;

export async function calibrateCave(cave: Cave): Promise<CaveCalibration> {
  const targetRh = TARGET_RH[cave.cheese];
  const runs = cave.humidifiers.map((unit) => unit.calibrate(targetRh));

  const results: CalibrationResult[] = [];
  for (const run of runs) {
    const result = await run;
    if (Math.abs(result.driftPct) > MAX_DRIFT_PCT) {
      await alerts.raise(
        cave.id,
        `humidifier ${result.unitId} drifted ${result.driftPct.toFixed(1)}% at ${targetRh}% RH`,
      );
      return { status: "aborted", caveId: cave.id, failedUnit: result.unitId, driftPct: result.driftPct };
    }
    results.push(result);
  }

  await affinageLog.store(cave.id, results);
  return { status: "ok", caveId: cave.id, results };
}

export async function calibrateAll(caves: Cave[]): Promise<CaveCalibration[]> {
  const outcomes: CaveCalibration[] = [];
  for (const cave of caves) {
    outcomes.push(await calibrateCave(cave));
  }
  return outcomes;
}
