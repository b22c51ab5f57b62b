// expect: none
// Correct: loadRecipe is passed by reference only to map and then (which call it), and every promise given to Promise.all comes from a call.
export interface Recipe {
  flavour: string;
  baseLitres: number;
  sugarGrams: number;
  mixIns: string[];
  churnMinutes: number;
}

export interface ChurnedBatch {
  flavour: string;
  litres: number;
  overrunPct: number;
}

declare function loadRecipe(flavour: string): Promise<Recipe>;
declare const churner: {
  chillBowl(targetC: number): Promise<void>;
  pourBase(litres: number): Promise<void>;
  churn(minutes: number): Promise<{ litres: number; overrunPct: number }>;
  foldIn(items: string[]): Promise<void>;
  rinse(): Promise<void>;
};
declare const pantry: {
  reserve(items: Record<string, number>): Promise<void>;
};

function scaleRecipe(recipe: Recipe, litres = 6): Recipe {
  const factor = litres / recipe.baseLitres;
  return { ...recipe, baseLitres: litres, sugarGrams: Math.round(recipe.sugarGrams * factor) };
}

function pantryNeeds(recipes: Recipe[]): Record<string, number> {
  const needs: Record<string, number> = {};
  for (const r of recipes) {
    needs.sugar = (needs.sugar ?? 0) + r.sugarGrams;
    for (const item of r.mixIns) needs[item] = (needs[item] ?? 0) + 1;
  }
  return needs;
}

async function churnOne(recipe: Recipe): Promise<ChurnedBatch> {
  await churner.pourBase(recipe.baseLitres);
  const { litres, overrunPct } = await churner.churn(recipe.churnMinutes);
  if (recipe.mixIns.length > 0) {
    await churner.foldIn(recipe.mixIns);
  }
  await churner.rinse();
  return { flavour: recipe.flavour, litres, overrunPct };
}

export async function prepareDay(flavours: string[]): Promise<Recipe[]> {
  const [recipes] = await Promise.all([Promise.all(flavours.map(loadRecipe)), churner.chillBowl(-8)]);
  const scaled = recipes.map((r) => scaleRecipe(r));
  await pantry.reserve(pantryNeeds(scaled));
  return scaled;
}

export async function churnSpecial(flavour: string): Promise<ChurnedBatch> {
  const recipe = await loadRecipe(flavour).then(scaleRecipe);
  await churner.chillBowl(-8);
  return churnOne(recipe);
}

export async function churnDay(flavours: string[]): Promise<ChurnedBatch[]> {
  const recipes = await prepareDay(flavours);
  const batches: ChurnedBatch[] = [];
  for (const recipe of recipes) {
    batches.push(await churnOne(recipe));
  }
  return batches;
}
