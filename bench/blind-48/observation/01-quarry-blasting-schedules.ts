// expect: no-unobserved-promise
// Bug: the permit check is started first but only awaited after three other awaits (and is abandoned on the baseline throw), so its rejection goes unhandled meanwhile.
export interface BlastPlan {
  siteId: string;
  benchId: string;
  chargeKg: number;
  exclusionRadiusM: number;
  scheduledFor: Date;
}

export interface BlastAuthorization {
  planId: string;
  permitNumber: string;
  baselinePeakMmS: number;
  evacuatedCrew: number;
  authorizedAt: Date;
}

declare const permitRegistry: {
  verify(siteId: string, chargeKg: number): Promise<{ permitNumber: string; maxChargeKg: number; validUntil: Date }>;
};

declare const seismographs: {
  readBaseline(siteId: string): Promise<{ peakMmS: number; stations: number }>;
};

declare const sirens: {
  test(siteId: string): Promise<{ audibleAtM: number }>;
};

declare const crewRoster: {
  confirmEvacuated(siteId: string, radiusM: number): Promise<{ headcount: number; missing: string[] }>;
};

const MAX_BASELINE_MM_S = 2.5;

export class BlastNotAuthorized extends Error {
  constructor(plan: BlastPlan, reason: string) {
    super(`blast ${plan.siteId}/${plan.benchId} not authorized: ${reason}`);
    this.name = 'BlastNotAuthorized';
  }
}

export async function authorizeBlast(plan: BlastPlan): Promise<BlastAuthorization> {
  const permitCheck = permitRegistry.verify(plan.siteId, plan.chargeKg);

  const baseline = await seismographs.readBaseline(plan.siteId);
  if (baseline.peakMmS > MAX_BASELINE_MM_S) {
    throw new BlastNotAuthorized(plan, `background vibration ${baseline.peakMmS} mm/s`);
  }

  const siren = await sirens.test(plan.siteId);
  if (siren.audibleAtM < plan.exclusionRadiusM) {
    throw new BlastNotAuthorized(plan, `sirens only audible to ${siren.audibleAtM} m`);
  }

  const crew = await crewRoster.confirmEvacuated(plan.siteId, plan.exclusionRadiusM);
  if (crew.missing.length > 0) {
    throw new BlastNotAuthorized(plan, `crew unaccounted for: ${crew.missing.join(', ')}`);
  }

  const permit = await permitCheck;
  if (permit.maxChargeKg < plan.chargeKg || permit.validUntil < plan.scheduledFor) {
    throw new BlastNotAuthorized(plan, `permit ${permit.permitNumber} does not cover this charge`);
  }

  return {
    planId: `${plan.siteId}-${plan.benchId}-${plan.scheduledFor.toISOString()}`,
    permitNumber: permit.permitNumber,
    baselinePeakMmS: baseline.peakMmS,
    evacuatedCrew: crew.headcount,
    authorizedAt: new Date(),
  };
}

export async function authorizeDay(plans: BlastPlan[]): Promise<BlastAuthorization[]> {
  const authorized: BlastAuthorization[] = [];
  for (const plan of [...plans].sort((a, b) => a.scheduledFor.getTime() - b.scheduledFor.getTime())) {
    authorized.push(await authorizeBlast(plan));
  }
  return authorized;
}
