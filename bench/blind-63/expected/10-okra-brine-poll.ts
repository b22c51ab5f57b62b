// expect: none
// The poll issues a new pH read each iteration, and the cached recipe promise is meant to be shared and is dropped on failure.
import { setTimeout as sleep } from 'node:timers/promises';

export interface BrineRecipe {
  name: string;
  vinegarPct: number;
  saltGramsPerLitre: number;
  targetPh: number;
}

export interface VatReading {
  vatId: string;
  ph: number;
  celsius: number;
}

declare const recipeService: {
  fetch(name: string): Promise<BrineRecipe>;
};

declare const vatSensors: {
  read(vatId: string): Promise<VatReading>;
};

declare const bottlingLine: {
  release(vatId: string, recipe: string): Promise<void>;
};

// acidified okra must sit at or below pH 4.6 before it may be bottled
const SAFE_PH = 4.6;

export class PicklingCoordinator {
  private readonly recipes = new Map<string, Promise<BrineRecipe>>();

  recipe(name: string): Promise<BrineRecipe> {
    let cached = this.recipes.get(name);
    if (!cached) {
      cached = recipeService.fetch(name).catch((err: unknown) => {
        this.recipes.delete(name);
        throw err;
      });
      this.recipes.set(name, cached);
    }
    return cached;
  }

  async waitUntilAcidified(vatId: string, targetPh: number, intervalMs = 60_000, maxChecks = 72): Promise<VatReading> {
    let latest: VatReading | undefined;
    for (let check = 0; check < maxChecks; check++) {
      latest = await vatSensors.read(vatId);
      if (latest.ph <= targetPh) return latest;
      await sleep(intervalMs);
    }
    throw new Error(`vat ${vatId} still at pH ${latest?.ph ?? 'unknown'} after ${maxChecks} checks`);
  }

  async releaseVat(vatId: string, recipeName: string): Promise<VatReading> {
    const recipe = await this.recipe(recipeName);
    const target = Math.min(recipe.targetPh, SAFE_PH);
    const reading = await this.waitUntilAcidified(vatId, target);
    await bottlingLine.release(vatId, recipe.name);
    return reading;
  }

  async releaseAll(vats: Array<{ vatId: string; recipe: string }>): Promise<VatReading[]> {
    const readings: VatReading[] = [];
    for (const { vatId, recipe } of vats) {
      readings.push(await this.releaseVat(vatId, recipe));
    }
    return readings;
  }
}
