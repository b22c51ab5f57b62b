// expect: none
// The in-flight promise is shared on purpose so concurrent callers await one load; it is dropped on failure, so a later call makes a fresh attempt.
export interface GlazeRecipe {
  code: string;
  cone: number;
  ingredients: Record<string, number>;
  finish: "gloss" | "satin" | "matte";
}

export interface MixSheet {
  code: string;
  batchKg: number;
  weighedGrams: Record<string, number>;
}

declare const recipeApi: {
  list(): Promise<GlazeRecipe[]>;
};

declare const studioClock: {
  now(): number;
};

const TTL_MS = 10 * 60_000;

export class GlazeCatalog {
  private inflight: Promise<Map<string, GlazeRecipe>> | null = null;
  private loadedAt = 0;

  private async load(): Promise<Map<string, GlazeRecipe>> {
    const recipes = await recipeApi.list();
    const byCode = new Map<string, GlazeRecipe>();
    for (const recipe of recipes) {
      const total = Object.values(recipe.ingredients).reduce((a, b) => a + b, 0);
      if (Math.abs(total - 100) > 0.5) continue;
      byCode.set(recipe.code, recipe);
    }
    this.loadedAt = studioClock.now();
    return byCode;
  }

  private recipes(): Promise<Map<string, GlazeRecipe>> {
    const stale = studioClock.now() - this.loadedAt > TTL_MS;
    if (this.inflight && !stale) {
      return this.inflight;
    }
    const loading = this.load();
    this.inflight = loading;
    loading.catch(() => {
      if (this.inflight === loading) this.inflight = null;
    });
    return loading;
  }

  async find(code: string): Promise<GlazeRecipe | undefined> {
    const recipes = await this.recipes();
    return recipes.get(code);
  }

  async forCone(cone: number): Promise<GlazeRecipe[]> {
    const recipes = await this.recipes();
    return [...recipes.values()].filter((r) => r.cone === cone);
  }
}

export async function mixSheet(catalog: GlazeCatalog, code: string, batchKg: number): Promise<MixSheet> {
  const recipe = await catalog.find(code);
  if (!recipe) {
    throw new Error(`unknown or unbalanced glaze ${code}`);
  }
  const weighedGrams: Record<string, number> = {};
  for (const [material, pct] of Object.entries(recipe.ingredients)) {
    weighedGrams[material] = Math.round(batchKg * 10 * pct);
  }
  return { code, batchKg, weighedGrams };
}

export async function mixKilnLoad(catalog: GlazeCatalog, codes: string[], batchKg: number): Promise<MixSheet[]> {
  return Promise.all(codes.map((code) => mixSheet(catalog, code, batchKg)));
}
