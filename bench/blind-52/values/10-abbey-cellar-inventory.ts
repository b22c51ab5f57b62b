// expect: none
// Each async check is awaited before its truthiness, comparison or interpolation, and the promise map is a deliberate in-flight cache that callers await.
export interface Cask {
  caskId: string;
  wine: string;
  vintage: number;
  litres: number;
  bay: string;
}

export interface BottlingRecommendation {
  caskId: string;
  ready: boolean;
  reason: string;
}

declare const cellarRegister: {
  casks(bay: string): Promise<Cask[]>;
  isSealed(caskId: string): Promise<boolean>;
  lastTopUp(caskId: string): Promise<Date | null>;
};

declare const laboratory: {
  volatileAcidity(caskId: string): Promise<number>;
  tasteNote(caskId: string): Promise<string | undefined>;
};

declare const brotherCellarer: {
  notify(message: string): Promise<void>;
};

const MAX_VOLATILE_ACIDITY = 0.8;
const MIN_AGE_YEARS: Record<string, number> = { 'pinot-noir': 2, riesling: 1, 'abbey-claret': 3 };

export class CellarInventory {
  private readonly acidityInFlight = new Map<string, Promise<number>>();

  private acidity(caskId: string): Promise<number> {
    const existing = this.acidityInFlight.get(caskId);
    if (existing) {
      return existing;
    }
    const request = laboratory.volatileAcidity(caskId).finally(() => this.acidityInFlight.delete(caskId));
    this.acidityInFlight.set(caskId, request);
    return request;
  }

  async recommend(cask: Cask, year = new Date().getFullYear()): Promise<BottlingRecommendation> {
    if (!(await cellarRegister.isSealed(cask.caskId))) {
      return { caskId: cask.caskId, ready: false, reason: 'cask is open' };
    }
    const minAge = MIN_AGE_YEARS[cask.wine] ?? 2;
    if (year - cask.vintage < minAge) {
      return { caskId: cask.caskId, ready: false, reason: `needs ${minAge} years` };
    }
    const va = await this.acidity(cask.caskId);
    if (va > MAX_VOLATILE_ACIDITY) {
      return { caskId: cask.caskId, ready: false, reason: `volatile acidity ${va.toFixed(2)} g/L` };
    }
    const note = (await laboratory.tasteNote(cask.caskId)) ?? 'no tasting note';
    return { caskId: cask.caskId, ready: true, reason: note };
  }

  async reviewBay(bay: string): Promise<BottlingRecommendation[]> {
    const casks = await cellarRegister.casks(bay);
    const recommendations = await Promise.all(casks.map((cask) => this.recommend(cask)));
    const ready = recommendations.filter((r) => r.ready);
    if (ready.length > 0) {
      const litres = casks.filter((c) => ready.some((r) => r.caskId === c.caskId)).reduce((s, c) => s + c.litres, 0);
      await brotherCellarer.notify(`Bay ${bay}: ${ready.length} cask(s), ${litres} L ready for bottling`);
    }
    return recommendations;
  }

  async overdueTopUps(bay: string, now = new Date()): Promise<string[]> {
    const casks = await cellarRegister.casks(bay);
    const lastTopUps = await Promise.all(casks.map((c) => cellarRegister.lastTopUp(c.caskId)));
    return casks
      .filter((_, i) => {
        const last = lastTopUps[i];
        return last === null || now.getTime() - last.getTime() > 21 * 24 * 3600 * 1000;
      })
      .map((c) => c.caskId);
  }
}
