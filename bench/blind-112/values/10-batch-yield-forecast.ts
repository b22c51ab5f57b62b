// expect: no-promise-as-value
// The forecast body nests this.estimateYieldMl(recipe), an async method, inside the object passed to JSON.stringify, so the blending service receives "expectedYieldMl": {} instead of a number.
export interface Botanical {
  name: string;
  kg: number;
  oilContentPct: number;
}

export interface DistillationRecipe {
  recipeId: string;
  still: 'alembic-200' | 'alembic-500' | 'steam-1000';
  botanicals: Botanical[];
  hours: number;
}

export interface LabArchive {
  pastYieldsMl(recipeId: string): Promise<number[]>;
}

export interface ForecastReceipt {
  forecastId: string;
  acceptedAt: string;
}

export class BatchYieldForecaster {
  constructor(
    private readonly archive: LabArchive,
    private readonly blendingServiceUrl: string,
  ) {}

  async estimateYieldMl(recipe: DistillationRecipe): Promise<number> {
    const history = await this.archive.pastYieldsMl(recipe.recipeId);
    const theoretical = recipe.botanicals.reduce((sum, b) => sum + b.kg * b.oilContentPct * 10, 0);
    if (history.length === 0) return Math.round(theoretical * 0.6);
    const avg = history.reduce((a, b) => a + b, 0) / history.length;
    return Math.round((avg + theoretical * 0.6) / 2);
  }

  totalChargeKg(recipe: DistillationRecipe): number {
    return recipe.botanicals.reduce((sum, b) => sum + b.kg, 0);
  }

  async submitForecast(recipe: DistillationRecipe, distiller: string): Promise<ForecastReceipt> {
    const chargeKg = this.totalChargeKg(recipe);
    if (chargeKg === 0) {
      throw new Error(`recipe ${recipe.recipeId} has no botanicals charged`);
    }

    const res = await fetch(new URL('/forecasts', this.blendingServiceUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        recipeId: recipe.recipeId,
        still: recipe.still,
        distiller,
        chargeKg,
        hours: recipe.hours,
        expectedYieldMl: this.estimateYieldMl(recipe),
        submittedAt: new Date().toISOString(),
      }),
    });
    if (!res.ok) {
      throw new Error(`blending service refused forecast for ${recipe.recipeId}: ${res.status}`);
    }
    return (await res.json()) as ForecastReceipt;
  }
}
