// expect: no-promise-as-value
// completeLift publishes grossKg: loadCell.readGross(craneId) without awaiting it, so the lift event carries a Promise that serialises as {} instead of the measured weight.
export interface LiftPlan {
  liftId: string;
  craneId: string;
  containerId: string;
  vessel: string;
  declaredKg: number;
  from: { bay: number; row: number; tier: number };
  to: { block: string; slot: number };
}

export interface LiftTelemetry {
  hoistSeconds: number;
  trolleySeconds: number;
  maxSwayDeg: number;
}

declare const loadCell: {
  readGross(craneId: string): Promise<number>;
  tare(craneId: string): Promise<void>;
};
declare const eventBus: {
  publish(topic: string, payload: Record<string, unknown>): Promise<void>;
};
declare const safetyDesk: {
  raise(liftId: string, message: string): Promise<void>;
};

const OVERWEIGHT_TOLERANCE = 0.05;
const MAX_SWAY_DEG = 4;

export async function beginLift(plan: LiftPlan): Promise<void> {
  await loadCell.tare(plan.craneId);
  await eventBus.publish('crane.lift.started', {
    liftId: plan.liftId,
    craneId: plan.craneId,
    containerId: plan.containerId,
    from: plan.from,
    startedAt: new Date().toISOString(),
  });
}

export async function checkDeclaredWeight(plan: LiftPlan): Promise<number> {
  const measured = await loadCell.readGross(plan.craneId);
  const ratio = measured / plan.declaredKg;
  if (ratio > 1 + OVERWEIGHT_TOLERANCE) {
    await safetyDesk.raise(
      plan.liftId,
      `${plan.containerId} measured ${measured}kg vs declared ${plan.declaredKg}kg (${((ratio - 1) * 100).toFixed(1)}% over)`,
    );
  }
  return measured;
}

export async function completeLift(plan: LiftPlan, telemetry: LiftTelemetry): Promise<void> {
  if (telemetry.maxSwayDeg > MAX_SWAY_DEG) {
    await safetyDesk.raise(plan.liftId, `sway ${telemetry.maxSwayDeg.toFixed(1)}° on ${plan.craneId}`);
  }
  await eventBus.publish('crane.lift.completed', {
    liftId: plan.liftId,
    craneId: plan.craneId,
    containerId: plan.containerId,
    vessel: plan.vessel,
    to: plan.to,
    grossKg: loadCell.readGross(plan.craneId),
    cycleSeconds: Math.round(telemetry.hoistSeconds + telemetry.trolleySeconds),
    completedAt: new Date().toISOString(),
  });
}

export function productivity(cycles: number[], shiftHours: number): { movesPerHour: number; medianCycle: number } {
  if (cycles.length === 0) return { movesPerHour: 0, medianCycle: 0 };
  const sorted = [...cycles].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const medianCycle = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { movesPerHour: Math.round((cycles.length / shiftHours) * 10) / 10, medianCycle };
}

export function lashingRequired(plan: LiftPlan): boolean {
  // Above tier 4 on deck the lashing gang must attend before release.
  return plan.from.tier > 4 || plan.to.block.startsWith('D');
}
