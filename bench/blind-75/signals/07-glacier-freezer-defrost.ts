// expect: require-signal-propagation
// runDefrostCycle accepts options.signal but never checks or forwards it, so an aborted cycle keeps stepping the freezer through every setpoint.
export interface DefrostStep {
  setpointC: number;
  holdMinutes: number;
  fanPercent: number;
}

export interface DefrostPlan {
  freezerId: string;
  steps: DefrostStep[];
  restoreToC: number;
}

export interface DefrostLog {
  freezerId: string;
  stepsCompleted: number;
  warmestCoreC: number;
  finishedAt: Date;
}

export interface DefrostOptions {
  signal?: AbortSignal;
  maxCoreTempC?: number;
  onStep?: (index: number, coreTempC: number) => void;
}

interface FreezerLink {
  setSetpoint(celsius: number): Promise<void>;
  setFan(percent: number): Promise<void>;
  holdFor(minutes: number): Promise<void>;
  coreTemperatures(): Promise<number[]>;
  raiseAlarm(message: string): Promise<void>;
}

declare const freezerHall: {
  link(freezerId: string): Promise<FreezerLink>;
};

export class CoreWarmingError extends Error {
  constructor(readonly freezerId: string, readonly coreTempC: number) {
    super(`freezer ${freezerId}: a core reached ${coreTempC.toFixed(1)}°C during defrost`);
    this.name = 'CoreWarmingError';
  }
}

export function validatePlan(plan: DefrostPlan): void {
  if (plan.steps.length === 0) throw new Error(`defrost plan for ${plan.freezerId} has no steps`);
  for (const step of plan.steps) {
    if (step.setpointC > -5) {
      throw new RangeError(`setpoint ${step.setpointC}°C would endanger the ice cores`);
    }
    if (step.fanPercent < 0 || step.fanPercent > 100) {
      throw new RangeError(`fan ${step.fanPercent}% out of range`);
    }
  }
}

export async function runDefrostCycle(plan: DefrostPlan, options: DefrostOptions = {}): Promise<DefrostLog> {
  validatePlan(plan);
  const maxCoreTempC = options.maxCoreTempC ?? -18;
  const freezer = await freezerHall.link(plan.freezerId);
  let warmestCoreC = Number.NEGATIVE_INFINITY;
  let stepsCompleted = 0;

  try {
    for (const [index, step] of plan.steps.entries()) {
      await freezer.setFan(step.fanPercent);
      await freezer.setSetpoint(step.setpointC);
      await freezer.holdFor(step.holdMinutes);

      const cores = await freezer.coreTemperatures();
      const warmest = Math.max(...cores);
      warmestCoreC = Math.max(warmestCoreC, warmest);
      options.onStep?.(index, warmest);
      if (warmest > maxCoreTempC) {
        await freezer.raiseAlarm(`core at ${warmest}°C during defrost step ${index + 1}`);
        throw new CoreWarmingError(plan.freezerId, warmest);
      }
      stepsCompleted += 1;
    }
  } finally {
    await freezer.setSetpoint(plan.restoreToC);
    await freezer.setFan(100);
  }

  return { freezerId: plan.freezerId, stepsCompleted, warmestCoreC, finishedAt: new Date() };
}
