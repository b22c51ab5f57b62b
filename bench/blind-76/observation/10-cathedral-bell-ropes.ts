// expect: none
// The allSettled results are narrowed on status before use, and the early-started peal schedule is joined with Promise.all so it is observed at once.
export interface Ringer {
  id: string;
  name: string;
  bell: number;
  method: string;
}

export interface RopeInspection {
  bell: number;
  sallyWearPct: number;
  splicesOk: boolean;
}

export interface PealPlan {
  date: string;
  method: string;
  ringers: Ringer[];
  ropes: RopeInspection[];
  missing: number[];
  warnings: string[];
}

declare const tower: {
  inspectRope(bell: number): Promise<RopeInspection>;
  bellsInTower(): Promise<number[]>;
};

declare const rota: {
  ringersFor(date: string): Promise<Ringer[]>;
  pealSchedule(date: string): Promise<{ method: string; changes: number }>;
};

const MAX_SALLY_WEAR = 40;

export async function planPeal(date: string): Promise<PealPlan> {
  const schedulePromise = rota.pealSchedule(date);
  const [schedule, bells, ringers] = await Promise.all([schedulePromise, tower.bellsInTower(), rota.ringersFor(date)]);

  const inspections = await Promise.allSettled(bells.map((bell) => tower.inspectRope(bell)));
  const ropes: RopeInspection[] = [];
  const warnings: string[] = [];

  inspections.forEach((outcome, i) => {
    const bell = bells[i];
    if (outcome.status === 'rejected') {
      warnings.push(`bell ${bell}: rope inspection failed (${String(outcome.reason)})`);
      return;
    }
    const rope = outcome.value;
    ropes.push(rope);
    if (rope.sallyWearPct > MAX_SALLY_WEAR) {
      warnings.push(`bell ${bell}: sally ${rope.sallyWearPct}% worn, replace before ${schedule.changes} changes`);
    }
    if (!rope.splicesOk) {
      warnings.push(`bell ${bell}: splice needs attention`);
    }
  });

  const covered = new Set(ringers.map((r) => r.bell));
  const missing = bells.filter((b) => !covered.has(b));
  if (missing.length > 0) {
    warnings.push(`no ringer for bell(s) ${missing.join(', ')}`);
  }

  return {
    date,
    method: schedule.method,
    ringers: ringers.filter((r) => r.method === schedule.method || r.method === 'any'),
    ropes,
    missing,
    warnings,
  };
}

export function describePlan(plan: PealPlan): string {
  const header = `${plan.method} on ${plan.date}: ${plan.ringers.length} ringers, ${plan.ropes.length} ropes inspected`;
  return plan.warnings.length === 0 ? `${header}\nall clear` : `${header}\n${plan.warnings.map((w) => ` - ${w}`).join('\n')}`;
}
