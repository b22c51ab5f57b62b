// expect: no-uncalled-async-function
// When penId is null the job callback returns this.rebuildAllPlans (the method) instead of calling it, so the queue records the job as done without rebuilding any feed plans.
export interface Pen {
  id: string;
  birds: number;
  averageWeightKg: number;
  breedingPairs: number;
  pastureHa: number;
}

export interface FeedPlan {
  penId: string;
  pelletsKgPerDay: number;
  lucerneKgPerDay: number;
  grit: boolean;
  validFrom: string;
}

interface JobHandle {
  id: string;
  name: string;
}

declare const jobs: {
  add(name: string, run: () => unknown, opts?: { priority?: number; dedupeKey?: string }): Promise<JobHandle>;
};

declare const farmDb: {
  listPens(): Promise<Pen[]>;
  getPen(penId: string): Promise<Pen>;
  saveFeedPlan(plan: FeedPlan): Promise<void>;
};

const PELLETS_PER_KG_BODYWEIGHT = 0.018;
const BREEDING_BONUS = 1.25;

export function computeFeedPlan(pen: Pen, validFrom: Date): FeedPlan {
  const baseline = pen.birds * pen.averageWeightKg * PELLETS_PER_KG_BODYWEIGHT;
  const breedingShare = pen.birds === 0 ? 0 : (pen.breedingPairs * 2) / pen.birds;
  const pellets = baseline * (1 + breedingShare * (BREEDING_BONUS - 1));
  const grazingOffset = Math.min(0.4, pen.pastureHa / Math.max(1, pen.birds) / 2);
  return {
    penId: pen.id,
    pelletsKgPerDay: Math.round(pellets * 10) / 10,
    lucerneKgPerDay: Math.round(pen.birds * 0.6 * (1 - grazingOffset) * 10) / 10,
    grit: pen.averageWeightKg > 60,
    validFrom: validFrom.toISOString().slice(0, 10),
  };
}

export class FeedPlanner {
  private async rebuildPenPlan(penId: string): Promise<FeedPlan> {
    const pen = await farmDb.getPen(penId);
    const plan = computeFeedPlan(pen, new Date());
    await farmDb.saveFeedPlan(plan);
    return plan;
  }

  private async rebuildAllPlans(): Promise<FeedPlan[]> {
    const pens = await farmDb.listPens();
    const plans = pens.map((pen) => computeFeedPlan(pen, new Date()));
    await Promise.all(plans.map((plan) => farmDb.saveFeedPlan(plan)));
    return plans;
  }

  scheduleRebuild(penId: string | null): Promise<JobHandle> {
    return jobs.add(
      "feed-plan:rebuild",
      () => (penId === null ? this.rebuildAllPlans : this.rebuildPenPlan(penId)),
      { priority: penId === null ? 1 : 5, dedupeKey: penId ?? "all" },
    );
  }

  onWeighIn(pen: Pen, previousAverageKg: number): Promise<JobHandle> | undefined {
    const change = Math.abs(pen.averageWeightKg - previousAverageKg) / previousAverageKg;
    return change > 0.05 ? this.scheduleRebuild(pen.id) : undefined;
  }
}
