// expect: no-promise-as-value
// The approval event nests seismic.limitFor(...) unawaited in the payload, so subscribers receive {} (a serialized promise) instead of the vibration limit.
export interface DrillHole {
  id: string;
  depthM: number;
  chargeKg: number;
  delayMs: number;
}

export interface BlastPlan {
  id: string;
  siteId: string;
  bench: string;
  holes: DrillHole[];
  plannedFor: Date;
}

export interface Officer {
  id: string;
  licence: string;
  licenceExpires: Date;
}

declare const seismic: {
  limitFor(siteId: string): Promise<number>;
};

declare const bus: {
  publish(topic: string, payload: Record<string, unknown>): Promise<void>;
};

declare const plans: {
  markApproved(planId: string, officerId: string): Promise<void>;
};

const DELAY_WINDOW_MS = 8;

export function maxInstantaneousCharge(holes: DrillHole[]): number {
  const sorted = [...holes].sort((a, b) => a.delayMs - b.delayMs);
  let best = 0;
  let start = 0;
  let running = 0;
  for (const [end, hole] of sorted.entries()) {
    running += hole.chargeKg;
    while (hole.delayMs - sorted[start]!.delayMs >= DELAY_WINDOW_MS) {
      running -= sorted[start]!.chargeKg;
      start++;
    }
    if (end >= start) best = Math.max(best, running);
  }
  return best;
}

export class BlastApprover {
  constructor(private readonly chargeLimitKg: number) {}

  check(plan: BlastPlan, officer: Officer): string[] {
    const problems: string[] = [];
    if (officer.licenceExpires < plan.plannedFor) problems.push(`licence ${officer.licence} expires before the blast`);
    if (plan.holes.length === 0) problems.push('plan has no holes');
    const mic = maxInstantaneousCharge(plan.holes);
    if (mic > this.chargeLimitKg) problems.push(`instantaneous charge ${mic}kg exceeds ${this.chargeLimitKg}kg`);
    if (plan.holes.some((h) => h.chargeKg / h.depthM > 6)) problems.push('charge density above 6 kg/m');
    return problems;
  }

  async approve(plan: BlastPlan, officer: Officer): Promise<string[]> {
    const problems = this.check(plan, officer);
    if (problems.length > 0) return problems;

    await plans.markApproved(plan.id, officer.id);
    await bus.publish('blast.approved', {
      planId: plan.id,
      siteId: plan.siteId,
      bench: plan.bench,
      approvedBy: officer.id,
      holes: plan.holes.length,
      totalChargeKg: plan.holes.reduce((sum, h) => sum + h.chargeKg, 0),
      maxInstantaneousChargeKg: maxInstantaneousCharge(plan.holes),
      vibrationLimitMmS: seismic.limitFor(plan.siteId),
      plannedFor: plan.plannedFor.toISOString(),
    });
    return [];
  }
}
