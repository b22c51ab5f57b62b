// expect: no-promise-as-value
// canDrive uses subsystems.every() with the async telemetry.isNominal() as predicate; each returned promise is truthy, so the gate always passes.
export type Subsystem = 'power' | 'thermal' | 'mobility' | 'arm' | 'comms' | 'navcam';

export interface DrivePlan {
  roverId: string;
  sol: number;
  waypoints: Array<{ x: number; y: number }>;
  usesArm: boolean;
}

export interface GateDecision {
  roverId: string;
  sol: number;
  approved: boolean;
  checked: Subsystem[];
  reason?: string;
}

declare const telemetry: {
  isNominal(roverId: string, subsystem: Subsystem): Promise<boolean>;
  batteryStateOfCharge(roverId: string): Promise<number>;
};

declare const missionOps: {
  submitDrive(plan: DrivePlan): Promise<string>;
  logGate(decision: GateDecision): Promise<void>;
};

const ALWAYS_REQUIRED: Subsystem[] = ['power', 'thermal', 'mobility', 'comms', 'navcam'];
const MIN_SOC_FOR_DRIVE = 0.45;

function requiredSubsystems(plan: DrivePlan): Subsystem[] {
  return plan.usesArm ? [...ALWAYS_REQUIRED, 'arm'] : ALWAYS_REQUIRED;
}

function pathLengthMetres(plan: DrivePlan): number {
  let total = 0;
  for (let i = 1; i < plan.waypoints.length; i++) {
    const a = plan.waypoints[i - 1];
    const b = plan.waypoints[i];
    total += Math.hypot(b.x - a.x, b.y - a.y);
  }
  return total;
}

export async function canDrive(plan: DrivePlan): Promise<GateDecision> {
  const subsystems = requiredSubsystems(plan);
  const base = { roverId: plan.roverId, sol: plan.sol, checked: subsystems };

  const soc = await telemetry.batteryStateOfCharge(plan.roverId);
  const distance = pathLengthMetres(plan);
  const needed = MIN_SOC_FOR_DRIVE + Math.min(distance / 1000, 0.2);
  if (soc < needed) {
    return { ...base, approved: false, reason: `battery ${Math.round(soc * 100)}% < ${Math.round(needed * 100)}%` };
  }

  const allNominal = subsystems.every((subsystem) => telemetry.isNominal(plan.roverId, subsystem));
  if (!allNominal) {
    return { ...base, approved: false, reason: 'subsystem off-nominal' };
  }

  return { ...base, approved: true };
}

export async function gateAndSubmit(plan: DrivePlan): Promise<string | null> {
  if (plan.waypoints.length < 2) {
    throw new Error(`drive plan for sol ${plan.sol} needs at least two waypoints`);
  }
  const decision = await canDrive(plan);
  await missionOps.logGate(decision);
  if (!decision.approved) return null;
  return missionOps.submitDrive(plan);
}
