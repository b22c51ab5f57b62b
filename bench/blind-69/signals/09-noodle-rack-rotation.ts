// expect: none
// rotateWithRetry retries only ordinary motor faults: when the signal is aborted it rethrows the error untouched, and its backoff sleep also honours the signal.
import { setTimeout as sleep } from 'node:timers/promises';

export interface RackPosition {
  rackId: string;
  tier: number;
  angleDeg: number;
}

export interface RackMotor {
  rotate(rackId: string, degrees: number, options: { signal?: AbortSignal }): Promise<RackPosition>;
  home(rackId: string, options: { signal?: AbortSignal }): Promise<void>;
}

export class MotorFaultError extends Error {
  constructor(readonly rackId: string, readonly code: string) {
    super(`rack ${rackId} motor fault ${code}`);
    this.name = 'MotorFaultError';
  }
}

export interface RotationPlan {
  rackId: string;
  stepDeg: number;
  steps: number;
  dwellMs: number;
}

async function rotateWithRetry(
  motor: RackMotor,
  rackId: string,
  degrees: number,
  signal: AbortSignal,
  attempts = 3,
): Promise<RackPosition> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await motor.rotate(rackId, degrees, { signal });
    } catch (err) {
      if (signal.aborted) throw err;
      lastError = err;
      if (err instanceof MotorFaultError && err.code === 'E_STALL') {
        await motor.home(rackId, { signal });
      }
      await sleep(200 * attempt, undefined, { signal });
    }
  }
  throw lastError;
}

export async function runDryingRotation(
  motor: RackMotor,
  plan: RotationPlan,
  signal: AbortSignal,
): Promise<RackPosition[]> {
  const positions: RackPosition[] = [];
  await motor.home(plan.rackId, { signal });
  for (let step = 0; step < plan.steps; step++) {
    const position = await rotateWithRetry(motor, plan.rackId, plan.stepDeg, signal);
    positions.push(position);
    await sleep(plan.dwellMs, undefined, { signal });
  }
  return positions;
}

export function evenExposure(positions: readonly RackPosition[], tiers: number): boolean {
  const visits = new Array<number>(tiers).fill(0);
  for (const p of positions) {
    if (p.tier >= 0 && p.tier < tiers) visits[p.tier]++;
  }
  const min = Math.min(...visits);
  const max = Math.max(...visits);
  return max - min <= 1;
}

export async function rotateAllRacks(
  motor: RackMotor,
  plans: readonly RotationPlan[],
  signal: AbortSignal,
): Promise<Map<string, RackPosition[]>> {
  const results = await Promise.all(
    plans.map(async (plan) => [plan.rackId, await runDryingRotation(motor, plan, signal)] as const),
  );
  return new Map(results);
}
