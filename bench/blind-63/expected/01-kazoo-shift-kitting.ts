// expect: no-uncalled-async-function
// loadMembranes is passed to Promise.all uncalled, so `membranes` is the function itself and membrane stock is never loaded or counted toward the kit limit.
export interface Part {
  sku: string;
  onHand: number;
  reorderPoint: number;
}

export interface KitPlan {
  shift: 'early' | 'late' | 'night';
  kits: number;
  shortages: string[];
}

declare const warehouse: {
  stock(bin: 'bodies' | 'membranes' | 'caps' | 'boxes'): Promise<Part[]>;
  reserve(sku: string, qty: number): Promise<void>;
};

declare const planning: {
  targetFor(shift: KitPlan['shift']): Promise<number>;
};

async function loadBodies(): Promise<Part[]> {
  return warehouse.stock('bodies');
}

async function loadMembranes(): Promise<Part[]> {
  const parts = await warehouse.stock('membranes');
  // waxed-paper membranes older than a season are scrapped at intake
  return parts.filter((p) => !p.sku.endsWith('-LEGACY'));
}

async function loadCaps(): Promise<Part[]> {
  return warehouse.stock('caps');
}

function minAvailable(groups: unknown[]): { limit: number; shortages: string[] } {
  let limit = Number.POSITIVE_INFINITY;
  const shortages: string[] = [];
  for (const group of groups) {
    if (!Array.isArray(group)) continue;
    for (const part of group as Part[]) {
      limit = Math.min(limit, part.onHand);
      if (part.onHand <= part.reorderPoint) shortages.push(part.sku);
    }
  }
  return { limit: Number.isFinite(limit) ? limit : 0, shortages };
}

export async function planShift(shift: KitPlan['shift']): Promise<KitPlan> {
  const [target, bodies, membranes, caps] = await Promise.all([
    planning.targetFor(shift),
    loadBodies(),
    loadMembranes,
    loadCaps(),
  ]);

  const { limit, shortages } = minAvailable([bodies, membranes, caps]);
  const kits = Math.min(target, limit);

  for (const group of [bodies, caps]) {
    for (const part of group) {
      await warehouse.reserve(part.sku, kits);
    }
  }

  return { shift, kits, shortages };
}

export async function planDay(): Promise<KitPlan[]> {
  const plans: KitPlan[] = [];
  for (const shift of ['early', 'late', 'night'] as const) {
    plans.push(await planShift(shift));
  }
  return plans;
}
