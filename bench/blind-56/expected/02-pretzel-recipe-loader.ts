// expect: none
// Function references go only where functions are expected (map callbacks, a retry factory, a sort comparator); every promise slot receives a call.
import { setTimeout as sleep } from 'node:timers/promises';

export interface TwistRecipe {
  recipeId: string;
  ropeLengthCm: number;
  twists: number;
  lyeDipSeconds: number;
  saltGramsPerPiece: number;
}

export interface RobotCell {
  cellId: string;
  armModel: string;
  maxTwistsPerMinute: number;
}

declare const recipeVault: {
  get(recipeId: string): Promise<TwistRecipe>;
};

declare const cellRegistry: {
  list(): Promise<RobotCell[]>;
  upload(cellId: string, recipe: TwistRecipe): Promise<void>;
};

async function withRetry<T>(label: string, attempt: () => Promise<T>, tries = 3): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await attempt();
    } catch (err) {
      lastError = err;
      await sleep(200 * 2 ** i);
    }
  }
  throw new Error(`${label} failed after ${tries} attempts`, { cause: lastError });
}

function loadRecipe(recipeId: string): Promise<TwistRecipe> {
  return withRetry(`recipe ${recipeId}`, () => recipeVault.get(recipeId));
}

function byThroughput(a: RobotCell, b: RobotCell): number {
  return b.maxTwistsPerMinute - a.maxTwistsPerMinute;
}

function fitsCell(recipe: TwistRecipe) {
  return (cell: RobotCell) => cell.maxTwistsPerMinute >= recipe.twists * 12;
}

export async function deployShiftRecipes(recipeIds: readonly string[]): Promise<Record<string, string[]>> {
  const [recipes, cells] = await Promise.all([
    Promise.all(recipeIds.map((id) => loadRecipe(id))),
    withRetry('cell list', () => cellRegistry.list()),
  ]);

  const ranked = [...cells].sort(byThroughput);
  const assignments: Record<string, string[]> = {};

  for (const recipe of recipes) {
    const eligible = ranked.filter(fitsCell(recipe));
    if (eligible.length === 0) {
      assignments[recipe.recipeId] = [];
      continue;
    }
    const chosen = eligible.slice(0, 2);
    await Promise.all(
      chosen.map((cell) => withRetry(`upload ${recipe.recipeId} to ${cell.cellId}`, () => cellRegistry.upload(cell.cellId, recipe))),
    );
    assignments[recipe.recipeId] = chosen.map((c) => c.cellId);
  }

  return assignments;
}

export function describeRecipe(recipe: TwistRecipe): string {
  const saltKgPer1000 = (recipe.saltGramsPerPiece * 1000) / 1000;
  return `${recipe.recipeId}: ${recipe.ropeLengthCm}cm rope, ${recipe.twists} twist(s), ${recipe.lyeDipSeconds}s lye, ${saltKgPer1000}kg salt per 1000`;
}
