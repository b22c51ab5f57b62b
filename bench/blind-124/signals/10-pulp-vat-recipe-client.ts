// expect: none
// Service failures are wrapped in RecipeServiceError with the original as cause, but an AbortError is rethrown unchanged first, so cancellation keeps its name and still propagates.
export interface PulpRecipe {
  grade: string;
  targetSolidsPct: number;
  softwoodPct: number;
  hardwoodPct: number;
  refiningKwhPerTon: number;
}

export interface RecipeRequestOptions {
  signal?: AbortSignal;
  revision?: number;
}

export class RecipeServiceError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RecipeServiceError';
  }
}

function isAbort(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError');
}

export class RecipeClient {
  constructor(private readonly baseUrl: string) {}

  async getRecipe(grade: string, options: RecipeRequestOptions = {}): Promise<PulpRecipe> {
    const query = options.revision === undefined ? '' : `?revision=${options.revision}`;
    try {
      const res = await fetch(`${this.baseUrl}/grades/${encodeURIComponent(grade)}/recipe${query}`, {
        signal: options.signal,
      });
      if (!res.ok) throw new RecipeServiceError(`recipe service answered ${res.status} for grade ${grade}`);
      const recipe = (await res.json()) as PulpRecipe;
      if (Math.abs(recipe.softwoodPct + recipe.hardwoodPct - 100) > 0.5) {
        throw new RecipeServiceError(`recipe for ${grade} has a furnish that does not add up to 100%`);
      }
      return recipe;
    } catch (err) {
      if (isAbort(err)) throw err;
      if (err instanceof RecipeServiceError) throw err;
      throw new RecipeServiceError(`could not load recipe for grade ${grade}`, { cause: err });
    }
  }

  async recipesFor(grades: string[], options: RecipeRequestOptions = {}): Promise<Map<string, PulpRecipe>> {
    const recipes = await Promise.all(grades.map((g) => this.getRecipe(g, options)));
    return new Map(recipes.map((r) => [r.grade, r]));
  }

  static stockFlowKgPerMin(recipe: PulpRecipe, machineSpeedTph: number): number {
    // dry fibre needed per minute divided by the fibre fraction in the vat
    const dryKgPerMin = (machineSpeedTph * 1000) / 60;
    return Math.round(dryKgPerMin / (recipe.targetSolidsPct / 100));
  }
}
