// expect: none
// The Map deliberately stores promises and is tested with the synchronous has(); every value that reaches a string or comparison is awaited first.
export interface QuinceLot {
  lotId: string;
  orchard: string;
  kg: number;
  pectinScore: number;
}

export interface CookPlan {
  lotId: string;
  sugarKg: number;
  lemonLitres: number;
  expectedJars: number;
  note: string;
}

declare const orchardApi: {
  lot(lotId: string): Promise<QuinceLot>;
  ripeness(lotId: string): Promise<"hard" | "ripe" | "overripe">;
};

declare const kitchenBoard: {
  pin(message: string): Promise<void>;
};

const JAR_GRAMS = 340;

export class LotCache {
  private readonly pending = new Map<string, Promise<QuinceLot>>();

  get(lotId: string): Promise<QuinceLot> {
    if (this.pending.has(lotId)) {
      return this.pending.get(lotId)!;
    }
    const loading = orchardApi.lot(lotId);
    this.pending.set(lotId, loading);
    loading.catch(() => this.pending.delete(lotId));
    return loading;
  }

  forget(lotId: string): void {
    this.pending.delete(lotId);
  }
}

export async function planCook(cache: LotCache, lotId: string): Promise<CookPlan> {
  const lot = await cache.get(lotId);
  const ripeness = await orchardApi.ripeness(lotId);

  const pectinBoost = ripeness === "overripe" || lot.pectinScore < 3;
  const juiceLitres = lot.kg * 0.55;
  const sugarKg = Math.round(juiceLitres * 0.8 * 10) / 10;
  const lemonLitres = Math.round(juiceLitres * (pectinBoost ? 0.06 : 0.03) * 100) / 100;
  const expectedJars = Math.floor(((juiceLitres + sugarKg) * 1000 * 0.7) / JAR_GRAMS);

  const note = `${lot.orchard} lot ${lot.lotId}: ${ripeness}, pectin ${lot.pectinScore}/5` +
    (pectinBoost ? " - add apple pectin" : "");

  return { lotId, sugarKg, lemonLitres, expectedJars, note };
}

export async function morningBrief(cache: LotCache, lotIds: string[]): Promise<CookPlan[]> {
  const plans: CookPlan[] = [];
  for (const lotId of lotIds) {
    const plan = await planCook(cache, lotId);
    const sameOrchard = (await cache.get(lotId)).orchard === (await cache.get(lotIds[0]!)).orchard;
    await kitchenBoard.pin(`${plan.note}${sameOrchard ? "" : " (different orchard)"} -> ${plan.expectedJars} jars`);
    plans.push(plan);
  }
  return plans;
}
