// expect: no-unobserved-promise
// The fan spin-up promise is created before awaiting the balance calibration, so if spin-up rejects while calibration is still running nothing is handling it yet.
export interface BalanceReading {
  lift: number;
  drag: number;
  sideForce: number;
}

export interface TunnelRig {
  calibrateBalance(): Promise<BalanceReading>;
  spinUpFan(rpm: number): Promise<{ rpm: number; airspeedMs: number }>;
  setAngleOfAttack(deg: number): Promise<void>;
  log(event: string, data: Record<string, unknown>): void;
}

export interface RunPlan {
  runId: string;
  model: string;
  targetRpm: number;
  anglesDeg: number[];
}

export interface PreparedRun {
  runId: string;
  tare: BalanceReading;
  airspeedMs: number;
}

const MAX_TARE_N = 0.5;

export async function prepareRun(rig: TunnelRig, plan: RunPlan): Promise<PreparedRun> {
  if (plan.anglesDeg.length === 0) {
    throw new Error(`run ${plan.runId} has no angle sweep`);
  }

  await rig.setAngleOfAttack(plan.anglesDeg[0]);

  const calibration = rig.calibrateBalance();
  const spinUp = rig.spinUpFan(plan.targetRpm);

  const tare = await calibration;
  if (Math.abs(tare.lift) > MAX_TARE_N || Math.abs(tare.drag) > MAX_TARE_N) {
    rig.log('tare-drift', { runId: plan.runId, ...tare });
  }

  const fan = await spinUp;
  if (fan.rpm < plan.targetRpm * 0.98) {
    throw new Error(`fan reached only ${fan.rpm} rpm of ${plan.targetRpm} for run ${plan.runId}`);
  }

  rig.log('run-prepared', { runId: plan.runId, model: plan.model, airspeedMs: fan.airspeedMs });
  return { runId: plan.runId, tare, airspeedMs: fan.airspeedMs };
}

export function reynoldsNumber(airspeedMs: number, chordM: number, kinematicViscosity = 1.5e-5): number {
  return (airspeedMs * chordM) / kinematicViscosity;
}
