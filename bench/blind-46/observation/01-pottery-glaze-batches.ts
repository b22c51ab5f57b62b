// expect: no-unobserved-promise
// prepareBatch starts reserveFiring() early and only awaits it after the recipe load and weighing; a fast rejection goes unhandled meanwhile.
export interface GlazeIngredient {
  material: string;
  grams: number;
}

export interface GlazeRecipe {
  code: string;
  name: string;
  cone: 6 | 10;
  atmosphere: 'oxidation' | 'reduction';
  ingredients: GlazeIngredient[];
}

export interface BatchOrder {
  batchId: string;
  recipeCode: string;
  wareCount: number;
  scale: number;
}

export interface FiringSlot {
  kilnId: string;
  startsAt: Date;
  cone: GlazeRecipe['cone'];
  atmosphere: GlazeRecipe['atmosphere'];
}

declare const recipeBook: {
  load(code: string): Promise<GlazeRecipe>;
};

declare const scale: {
  tare(): Promise<void>;
  weigh(material: string, grams: number): Promise<number>;
};

declare const kilnRoster: {
  reserveFiring(cone: GlazeRecipe['cone'], atmosphere: GlazeRecipe['atmosphere'], batchId: string): Promise<FiringSlot>;
};

declare const studioLog: {
  info(message: string): void;
};

export interface PreparedBatch {
  batchId: string;
  recipe: GlazeRecipe;
  weighed: GlazeIngredient[];
  slot: FiringSlot;
  varianceGrams: number;
}

function glazeFamilyFromCode(code: string): { cone: GlazeRecipe['cone']; atmosphere: GlazeRecipe['atmosphere'] } {
  const [, coneText, atm] = /^[A-Z]+-(\d+)([OR])-/.exec(code) ?? [];
  return {
    cone: coneText === '10' ? 10 : 6,
    atmosphere: atm === 'R' ? 'reduction' : 'oxidation',
  };
}

export async function prepareBatch(order: BatchOrder): Promise<PreparedBatch> {
  const family = glazeFamilyFromCode(order.recipeCode);
  const firing = kilnRoster.reserveFiring(family.cone, family.atmosphere, order.batchId);

  const recipe = await recipeBook.load(order.recipeCode);
  if (recipe.cone !== family.cone || recipe.atmosphere !== family.atmosphere) {
    throw new Error(`recipe ${recipe.code} does not match its code's firing family`);
  }

  await scale.tare();
  const weighed: GlazeIngredient[] = [];
  let varianceGrams = 0;
  for (const ingredient of recipe.ingredients) {
    const target = ingredient.grams * order.scale;
    const actual = await scale.weigh(ingredient.material, target);
    varianceGrams += Math.abs(actual - target);
    weighed.push({ material: ingredient.material, grams: actual });
  }

  const slot = await firing;
  studioLog.info(`batch ${order.batchId}: ${recipe.name} weighed (±${varianceGrams.toFixed(1)}g), kiln ${slot.kilnId}`);
  return { batchId: order.batchId, recipe, weighed, slot, varianceGrams };
}

export function withinTolerance(batch: PreparedBatch, gramsPerKg = 2): boolean {
  const totalKg = batch.weighed.reduce((sum, i) => sum + i.grams, 0) / 1000;
  return batch.varianceGrams <= totalKg * gramsPerKg;
}
