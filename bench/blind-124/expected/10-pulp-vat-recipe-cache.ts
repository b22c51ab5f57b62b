// expect: none
// Re-awaiting the memoised recipe promise is intentional caching (cleared on failure so a later call retries), and the readiness poll calls readVat() afresh on every iteration.
import { setTimeout as sleep } from 'node:timers/promises';

export interface GradeRecipe {
  grade: string;
  targetSolidsPct: number;
  maxTempC: number;
  minAgitatorRpm: number;
}

export interface RecipeSource {
  fetchAll(): Promise<GradeRecipe[]>;
}

export interface VatPlc {
  readVat(vatId: string): Promise<{ solidsPct: number; celsius: number; agitatorRpm: number }>;
}

export class VatReadiness {
  private recipes: Promise<Map<string, GradeRecipe>> | null = null;

  constructor(
    private readonly source: RecipeSource,
    private readonly plc: VatPlc,
    private readonly pollMs = 5_000,
  ) {}

  private loadRecipes(): Promise<Map<string, GradeRecipe>> {
    this.recipes ??= this.source
      .fetchAll()
      .then((list) => new Map(list.map((r) => [r.grade, r])))
      .catch((err: unknown) => {
        this.recipes = null;
        throw err;
      });
    return this.recipes;
  }

  async recipeFor(grade: string): Promise<GradeRecipe> {
    const all = await this.loadRecipes();
    const recipe = all.get(grade);
    if (!recipe) throw new Error(`no recipe for grade ${grade}`);
    return recipe;
  }

  invalidateRecipes(): void {
    this.recipes = null;
  }

  /** Waits until the vat's stock is within 0.2 points of the grade's target consistency. */
  async waitUntilReady(vatId: string, grade: string, maxWaitMs = 20 * 60_000): Promise<number> {
    const recipe = await this.recipeFor(grade);
    const deadline = Date.now() + maxWaitMs;
    while (Date.now() < deadline) {
      const vat = await this.plc.readVat(vatId);
      if (vat.celsius > recipe.maxTempC) throw new Error(`vat ${vatId} overheating at ${vat.celsius}°C`);
      if (vat.agitatorRpm < recipe.minAgitatorRpm) throw new Error(`vat ${vatId} agitator stalled`);
      if (Math.abs(vat.solidsPct - recipe.targetSolidsPct) <= 0.2) return vat.solidsPct;
      await sleep(this.pollMs);
    }
    throw new Error(`vat ${vatId} did not reach ${recipe.targetSolidsPct}% solids in time`);
  }
}
