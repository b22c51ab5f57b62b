// expect: none
// The prep steps are passed as function references on purpose: runStages calls each one, and Promise.all receives the resulting promises.
export interface CakeOrder {
  orderId: string;
  tiers: number;
  flavour: 'vanilla-bean' | 'lemon-elderflower' | 'chocolate-ganache' | 'carrot';
  fondant: boolean;
  deliveryDate: string;
  allergens: string[];
}

interface StageReport {
  stage: string;
  ok: boolean;
  notes: string[];
}

type PrepStage = (order: CakeOrder) => Promise<StageReport>;

declare const pantry: {
  reserve(ingredient: string, grams: number): Promise<boolean>;
};
declare const ovenSchedule: {
  book(orderId: string, minutes: number, day: string): Promise<{ slot: string } | null>;
};
declare const decoratorRota: {
  assign(orderId: string, skills: string[]): Promise<string | null>;
};

const reserveIngredients: PrepStage = async (order) => {
  const flourGrams = 450 * order.tiers;
  const ok = await pantry.reserve(order.allergens.includes('gluten') ? 'gluten-free-flour' : 'cake-flour', flourGrams);
  return { stage: 'ingredients', ok, notes: ok ? [] : [`short on flour for ${flourGrams}g`] };
};

const bookOvenTime: PrepStage = async (order) => {
  const booking = await ovenSchedule.book(order.orderId, 55 * order.tiers, order.deliveryDate);
  return { stage: 'oven', ok: booking !== null, notes: booking ? [`slot ${booking.slot}`] : ['no oven slot'] };
};

const assignDecorator: PrepStage = async (order) => {
  const skills = order.fondant ? ['fondant', 'stacking'] : ['buttercream', 'stacking'];
  const who = await decoratorRota.assign(order.orderId, skills);
  return { stage: 'decorating', ok: who !== null, notes: who ? [`assigned ${who}`] : ['no decorator free'] };
};

export const DEFAULT_STAGES: readonly PrepStage[] = [reserveIngredients, bookOvenTime, assignDecorator];

export async function runStages(order: CakeOrder, stages: readonly PrepStage[] = DEFAULT_STAGES): Promise<StageReport[]> {
  return Promise.all(stages.map((stage) => stage(order)));
}

export async function prepareOrder(order: CakeOrder): Promise<{ ready: boolean; reports: StageReport[] }> {
  const stages: PrepStage[] = order.tiers > 4 ? [...DEFAULT_STAGES, checkTierSupports] : [...DEFAULT_STAGES];
  const reports = await runStages(order, stages);
  return { ready: reports.every((r) => r.ok), reports };
}

async function checkTierSupports(order: CakeOrder): Promise<StageReport> {
  const dowels = (order.tiers - 1) * 6;
  const ok = await pantry.reserve('food-safe-dowel', dowels);
  return { stage: 'supports', ok, notes: ok ? [`${dowels} dowels reserved`] : ['dowels out of stock'] };
}

export function stageFor(name: 'ingredients' | 'oven' | 'decorating'): PrepStage {
  switch (name) {
    case 'ingredients':
      return reserveIngredients;
    case 'oven':
      return bookOvenTime;
    case 'decorating':
      return assignDecorator;
  }
}
