// expect: no-reused-settled-promise
// Bug: retryArm is handed the already-started arm() promise, so each "retry" re-awaits the same rejected attempt instead of arming the seismograph again.
import { setTimeout as sleep } from 'node:timers/promises';

interface Seismograph {
  unitId: string;
  distanceM: number;
  arm(triggerMmS: number): Promise<{ armedAt: Date; batteryV: number }>;
}

interface BlastPlan {
  blastId: string;
  bench: string;
  holes: number;
  maxChargePerDelayKg: number;
  monitors: Seismograph[];
}

declare const siteLog: {
  write(blastId: string, line: string): Promise<void>;
};

const TRIGGER_MM_S = 0.5;

async function retryArm<T>(
  attempt: Promise<T>,
  { tries = 4, backoffMs = 1_500 }: { tries?: number; backoffMs?: number } = {},
): Promise<T> {
  let lastErr: unknown;
  for (let i = 1; i <= tries; i++) {
    try {
      return await attempt;
    } catch (err) {
      lastErr = err;
      if (i < tries) await sleep(backoffMs * i);
    }
  }
  throw lastErr;
}

function scaledDistance(distanceM: number, chargeKg: number): number {
  return distanceM / Math.sqrt(chargeKg);
}

export async function armMonitors(plan: BlastPlan): Promise<string[]> {
  const armed: string[] = [];
  for (const unit of plan.monitors) {
    const sd = scaledDistance(unit.distanceM, plan.maxChargePerDelayKg);
    const status = await retryArm(unit.arm(TRIGGER_MM_S), { tries: 5 });
    if (status.batteryV < 11.5) {
      await siteLog.write(plan.blastId, `${unit.unitId} battery low (${status.batteryV} V)`);
    }
    armed.push(`${unit.unitId} @ ${unit.distanceM} m (SD ${sd.toFixed(1)})`);
  }
  return armed;
}

export async function clearToFire(plan: BlastPlan): Promise<boolean> {
  if (plan.monitors.length < 2) {
    await siteLog.write(plan.blastId, 'at least two vibration monitors required');
    return false;
  }
  const nearest = Math.min(...plan.monitors.map((m) => m.distanceM));
  if (scaledDistance(nearest, plan.maxChargePerDelayKg) < 22) {
    await siteLog.write(plan.blastId, `scaled distance too small at ${nearest} m; reduce charge per delay`);
    return false;
  }
  const armed = await armMonitors(plan);
  await siteLog.write(plan.blastId, `monitors armed: ${armed.join('; ')}`);
  return true;
}
