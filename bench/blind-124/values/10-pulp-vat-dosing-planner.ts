// expect: no-read-before-settle
// planBatch starts an fs.readFile whose callback assigns this.recipe, then reads this.recipe synchronously on the next line, so each plan uses the previous (or default) recipe rather than the file just read.
import { readFile } from 'node:fs';

export interface PulpRecipe {
  grade: string;
  targetSolidsPct: number;
  starchKgPerTon: number;
  sizingKgPerTon: number;
}

export interface VatState {
  vatId: string;
  volumeLitres: number;
  solidsPct: number;
}

export interface DosingPlan {
  vatId: string;
  grade: string;
  dilutionLitres: number;
  starchKg: number;
  sizingKg: number;
}

export interface PlannerLog {
  warn(message: string): void;
}

const DEFAULT_RECIPE: PulpRecipe = {
  grade: 'kraft-liner-default',
  targetSolidsPct: 3.5,
  starchKgPerTon: 8,
  sizingKgPerTon: 1.2,
};

export class VatDosingPlanner {
  private recipe: PulpRecipe | null = null;

  constructor(
    private readonly recipePath: string,
    private readonly log: PlannerLog,
  ) {}

  planBatch(vat: VatState): DosingPlan {
    // operators edit the recipe file between batches, so pick up changes each time
    readFile(this.recipePath, 'utf8', (err, text) => {
      if (err) {
        this.log.warn(`recipe file unreadable (${err.code}); keeping previous recipe`);
        return;
      }
      try {
        this.recipe = JSON.parse(text) as PulpRecipe;
      } catch {
        this.log.warn(`recipe file ${this.recipePath} is not valid JSON; keeping previous recipe`);
      }
    });
    const recipe = this.recipe ?? DEFAULT_RECIPE;

    const dryTons = (vat.volumeLitres * (vat.solidsPct / 100)) / 1000;
    const finalVolume = (vat.volumeLitres * vat.solidsPct) / recipe.targetSolidsPct;
    return {
      vatId: vat.vatId,
      grade: recipe.grade,
      dilutionLitres: Math.max(0, Math.round(finalVolume - vat.volumeLitres)),
      starchKg: +(dryTons * recipe.starchKgPerTon).toFixed(2),
      sizingKg: +(dryTons * recipe.sizingKgPerTon).toFixed(2),
    };
  }

  planShift(vats: VatState[]): DosingPlan[] {
    return vats.map((v) => this.planBatch(v));
  }
}
