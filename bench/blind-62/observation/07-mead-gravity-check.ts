// expect: none
// the hydrometer read is started early but gets its .catch fallback immediately, so nothing rejects unobserved while the recipe loads
export interface Fermenter {
  fermenterId: string;
  recipeId: string;
  pitchedAt: Date;
  volumeL: number;
}

export interface Recipe {
  recipeId: string;
  honeyVarietal: string;
  originalGravity: number;
  targetFinalGravity: number;
  nutrientSchedule: { atSugarBreakPct: number; gramsPerL: number }[];
}

export interface GravityReport {
  fermenterId: string;
  gravity: number | null;
  sugarBreakPct: number | null;
  nutrientDueGrams: number;
  note: string;
}

declare const hydrometerBus: {
  readGravity(fermenterId: string): Promise<number>;
};
declare const recipeBook: {
  load(recipeId: string): Promise<Recipe>;
};
declare const cellarLog: {
  append(fermenterId: string, entry: string): Promise<void>;
  warn(message: string): void;
};

function sugarBreak(recipe: Recipe, gravity: number): number {
  const total = recipe.originalGravity - recipe.targetFinalGravity;
  if (total <= 0) return 100;
  return Math.min(100, Math.max(0, ((recipe.originalGravity - gravity) / total) * 100));
}

export async function checkFermenter(fermenter: Fermenter, alreadyDosed: number[]): Promise<GravityReport> {
  const gravityPending: Promise<number | null> = hydrometerBus
    .readGravity(fermenter.fermenterId)
    .catch((err: Error) => {
      cellarLog.warn(`hydrometer ${fermenter.fermenterId} unavailable: ${err.message}`);
      return null;
    });

  const recipe = await recipeBook.load(fermenter.recipeId);
  const gravity = await gravityPending;

  if (gravity === null) {
    return {
      fermenterId: fermenter.fermenterId,
      gravity: null,
      sugarBreakPct: null,
      nutrientDueGrams: 0,
      note: "no reading; check float battery",
    };
  }

  const pct = sugarBreak(recipe, gravity);
  let dueGrams = 0;
  for (const step of recipe.nutrientSchedule) {
    if (pct >= step.atSugarBreakPct && !alreadyDosed.includes(step.atSugarBreakPct)) {
      dueGrams += step.gramsPerL * fermenter.volumeL;
    }
  }

  const note =
    pct >= 100
      ? `${recipe.honeyVarietal} mead at terminal gravity; rack to secondary`
      : `${pct.toFixed(0)}% sugar break`;
  await cellarLog.append(fermenter.fermenterId, `SG ${gravity.toFixed(3)} — ${note}`);
  return {
    fermenterId: fermenter.fermenterId,
    gravity,
    sugarBreakPct: pct,
    nutrientDueGrams: Math.round(dueGrams),
    note,
  };
}
