// expect: no-unobserved-promise
// prepareVat starts loading the recipe, then awaits draining and heating; if the recipe load rejects meanwhile it is an unhandled rejection.
export interface DyeRecipe {
  recipeId: string;
  dye: "indigo" | "safflower" | "madder" | "gromwell";
  mordant: "alum" | "iron" | "none";
  bathTempC: number;
  dipMinutes: number[];
  phTarget: number;
}

export interface SilkBatch {
  batchId: string;
  recipeId: string;
  bolts: number;
  metres: number;
}

declare const recipes: { load(recipeId: string): Promise<DyeRecipe> };
declare const vats: {
  drain(vatId: string): Promise<void>;
  rinse(vatId: string, cycles: number): Promise<void>;
  heatTo(vatId: string, celsius: number): Promise<number>;
  dose(vatId: string, material: string, grams: number): Promise<void>;
  readPh(vatId: string): Promise<number>;
};
declare const workshopLog: { note(vatId: string, message: string): void };

const PREHEAT_C = 40;
const GRAMS_PER_METRE: Record<DyeRecipe["dye"], number> = {
  indigo: 18,
  safflower: 32,
  madder: 25,
  gromwell: 40,
};

export interface PreparedVat {
  vatId: string;
  recipe: DyeRecipe;
  dyeGrams: number;
  ph: number;
}

export async function prepareVat(vatId: string, batch: SilkBatch, previousDye?: DyeRecipe["dye"]): Promise<PreparedVat> {
  const recipePromise = recipes.load(batch.recipeId);

  await vats.drain(vatId);
  if (previousDye && previousDye !== "indigo") {
    // Red dyes stain the vat walls; give them an extra rinse before a new colour.
    await vats.rinse(vatId, 3);
  }
  const reached = await vats.heatTo(vatId, PREHEAT_C);
  workshopLog.note(vatId, `preheated to ${reached.toFixed(1)}°C`);

  const recipe = await recipePromise;
  if (recipe.bathTempC > PREHEAT_C) {
    await vats.heatTo(vatId, recipe.bathTempC);
  }

  const dyeGrams = Math.ceil(batch.metres * GRAMS_PER_METRE[recipe.dye]);
  await vats.dose(vatId, recipe.dye, dyeGrams);
  if (recipe.mordant !== "none") {
    await vats.dose(vatId, recipe.mordant, Math.ceil(dyeGrams * 0.15));
  }

  const ph = await vats.readPh(vatId);
  if (Math.abs(ph - recipe.phTarget) > 0.4) {
    workshopLog.note(vatId, `pH ${ph.toFixed(2)} off target ${recipe.phTarget}; adjust before dipping`);
  }
  return { vatId, recipe, dyeGrams, ph };
}

export function dipSchedule(recipe: DyeRecipe, startAt: Date): Array<{ dip: number; outAt: Date }> {
  let t = startAt.getTime();
  return recipe.dipMinutes.map((minutes, i) => {
    t += minutes * 60_000;
    return { dip: i + 1, outAt: new Date(t) };
  });
}
