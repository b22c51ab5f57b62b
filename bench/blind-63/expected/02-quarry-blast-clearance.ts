// expect: no-reused-settled-promise
// The retry loop re-awaits the single clearance request started before the loop, so every "retry" sees the same rejection.
import { setTimeout as sleep } from 'node:timers/promises';

export interface BlastPlan {
  siteId: string;
  bench: number;
  chargeKg: number;
  scheduledFor: Date;
}

export interface Clearance {
  permitNo: string;
  exclusionRadiusM: number;
  sirenAt: Date;
}

export class ClearanceUnavailableError extends Error {
  constructor(readonly siteId: string, readonly attempts: number, options?: { cause?: unknown }) {
    super(`no blast clearance for ${siteId} after ${attempts} attempts`, options);
    this.name = 'ClearanceUnavailableError';
  }
}

declare const regulator: {
  requestClearance(plan: BlastPlan): Promise<Clearance>;
};

declare const crewRadio: {
  broadcast(siteId: string, message: string): Promise<void>;
};

function exclusionRadius(chargeKg: number): number {
  // scaled-distance rule of thumb used for the site's flyrock zone
  return Math.max(300, Math.ceil(Math.cbrt(chargeKg) * 60));
}

function isRetryable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  return /503|busy|timeout/i.test(err.message);
}

async function obtainClearance(plan: BlastPlan, attempts = 4, backoffMs = 2_000): Promise<Clearance> {
  const request = regulator.requestClearance(plan);
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await request;
    } catch (err) {
      lastError = err;
      if (!isRetryable(err) || attempt === attempts) break;
      await sleep(backoffMs * attempt);
    }
  }
  throw new ClearanceUnavailableError(plan.siteId, attempts, { cause: lastError });
}

export async function armBlast(plan: BlastPlan): Promise<Clearance> {
  if (plan.scheduledFor.getTime() < Date.now()) {
    throw new Error(`blast at ${plan.siteId} bench ${plan.bench} is scheduled in the past`);
  }
  const clearance = await obtainClearance(plan);
  const required = exclusionRadius(plan.chargeKg);
  if (clearance.exclusionRadiusM < required) {
    throw new Error(
      `permit ${clearance.permitNo} radius ${clearance.exclusionRadiusM}m is below the ${required}m needed for ${plan.chargeKg}kg`,
    );
  }
  await crewRadio.broadcast(
    plan.siteId,
    `Bench ${plan.bench} armed under ${clearance.permitNo}; clear to ${clearance.exclusionRadiusM}m before ${clearance.sirenAt.toISOString()}`,
  );
  return clearance;
}
