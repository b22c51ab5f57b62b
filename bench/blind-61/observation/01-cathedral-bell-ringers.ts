// expect: no-unobserved-promise
// planPeal starts the roster query before awaiting the tower lookup; if the roster rejects meanwhile, or the bells-not-hung check throws, that rejection has no handler.
export interface Tower {
  towerId: string;
  dedication: string;
  bells: number;
  tenorWeightCwt: number;
  bellsHung: boolean;
}

export interface Ringer {
  ringerId: string;
  name: string;
  canRingTenor: boolean;
  methods: string[];
}

export interface PealPlan {
  towerId: string;
  date: string;
  method: string;
  band: Array<{ bell: number; ringer: string }>;
}

declare const towerRegistry: {
  get(towerId: string): Promise<Tower>;
};
declare const rosterService: {
  available(towerId: string, date: string): Promise<Ringer[]>;
};
declare const pealBook: {
  reserve(plan: PealPlan): Promise<void>;
};

export class PealPlanningError extends Error {
  constructor(message: string, readonly towerId: string) {
    super(message);
    this.name = "PealPlanningError";
  }
}

export function assignBells(tower: Tower, ringers: readonly Ringer[], method: string) {
  const capable = ringers.filter((r) => r.methods.includes(method));
  if (capable.length < tower.bells) {
    throw new PealPlanningError(
      `${method} needs ${tower.bells} ringers, only ${capable.length} available`,
      tower.towerId,
    );
  }
  const tenorRinger =
    tower.tenorWeightCwt > 20 ? capable.find((r) => r.canRingTenor) : capable[capable.length - 1];
  if (!tenorRinger) {
    throw new PealPlanningError(`nobody can ring a ${tower.tenorWeightCwt} cwt tenor`, tower.towerId);
  }
  const others = capable.filter((r) => r !== tenorRinger).slice(0, tower.bells - 1);
  return [
    ...others.map((r, i) => ({ bell: i + 1, ringer: r.name })),
    { bell: tower.bells, ringer: tenorRinger.name },
  ];
}

export async function planPeal(towerId: string, date: string, method: string): Promise<PealPlan> {
  const rosterRequest = rosterService.available(towerId, date);
  const tower = await towerRegistry.get(towerId);
  if (!tower.bellsHung) {
    throw new PealPlanningError(`bells at ${tower.dedication} are down for rehanging`, towerId);
  }

  const ringers = await rosterRequest;
  const band = assignBells(tower, ringers, method);
  const plan: PealPlan = { towerId, date, method, band };
  await pealBook.reserve(plan);
  return plan;
}

export async function planQuarterPeals(
  towerIds: readonly string[],
  date: string,
  method: string,
): Promise<{ planned: PealPlan[]; skipped: string[] }> {
  const planned: PealPlan[] = [];
  const skipped: string[] = [];
  for (const id of towerIds) {
    try {
      planned.push(await planPeal(id, date, method));
    } catch (err) {
      if (err instanceof PealPlanningError) {
        skipped.push(`${id}: ${err.message}`);
        continue;
      }
      throw err;
    }
  }
  return { planned, skipped };
}
