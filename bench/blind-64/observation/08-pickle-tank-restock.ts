// expect: none
// Every Promise.allSettled result is narrowed on `status` before `.value` or `.reason` is read.
export interface BrineTank {
  tankId: string;
  product: 'dill' | 'bread-and-butter' | 'kimchi' | 'sauerkraut';
  litres: number;
  saltPct: number;
}

export interface RestockPlan {
  tankId: string;
  addSaltKg: number;
  addWaterL: number;
}

export interface RestockReport {
  applied: RestockPlan[];
  failed: Array<{ tankId: string; reason: string }>;
}

declare const tankFarm: {
  list(): Promise<BrineTank[]>;
  dose(plan: RestockPlan): Promise<RestockPlan>;
};

declare const cellarLog: {
  warn(msg: string, meta?: Record<string, unknown>): void;
};

const TARGET_SALT_PCT: Record<BrineTank['product'], number> = {
  dill: 5,
  'bread-and-butter': 3.5,
  kimchi: 2.5,
  sauerkraut: 2.25,
};

export function planFor(tank: BrineTank): RestockPlan | undefined {
  const target = TARGET_SALT_PCT[tank.product];
  const delta = target - tank.saltPct;
  if (Math.abs(delta) < 0.2) return undefined;
  if (delta > 0) {
    return { tankId: tank.tankId, addSaltKg: Math.round(((tank.litres * delta) / 100) * 10) / 10, addWaterL: 0 };
  }
  const waterL = tank.litres * (tank.saltPct / target - 1);
  return { tankId: tank.tankId, addSaltKg: 0, addWaterL: Math.round(waterL) };
}

function describeReason(reason: unknown): string {
  return reason instanceof Error ? reason.message : String(reason);
}

export async function restockTanks(): Promise<RestockReport> {
  const tanks = await tankFarm.list();
  const plans = tanks.map(planFor).filter((p): p is RestockPlan => p !== undefined);

  const results = await Promise.allSettled(plans.map((plan) => tankFarm.dose(plan)));

  const report: RestockReport = { applied: [], failed: [] };
  results.forEach((result, i) => {
    if (result.status === 'fulfilled') {
      report.applied.push(result.value);
    } else {
      report.failed.push({ tankId: plans[i].tankId, reason: describeReason(result.reason) });
    }
  });

  if (report.failed.length > 0) {
    cellarLog.warn('some tanks could not be dosed', { failed: report.failed.map((f) => f.tankId) });
  }
  return report;
}

export async function saltUsedKg(): Promise<number> {
  const report = await restockTanks();
  return report.applied.reduce((sum, p) => sum + p.addSaltKg, 0);
}
