// expect: none
// The cached catalog promise is deliberately shared by every caller (a memo, not a retry), and a failed load clears the cache so the next call starts fresh.
export interface CaseModel {
  sku: string;
  shell: 'carbon' | 'fibreglass' | 'plywood' | 'polycarbonate';
  weightKg: number;
  fits: Array<'4/4' | '7/8' | '3/4' | '1/2'>;
  priceEur: number;
  leadTimeWeeks: number;
}

interface Catalog {
  fetchedAt: number;
  models: Map<string, CaseModel>;
}

declare const workshopApi: {
  catalog(): Promise<CaseModel[]>;
  shellStock(shell: CaseModel['shell']): Promise<number>;
};

const CATALOG_TTL_MS = 10 * 60_000;

export class CaseCatalog {
  private cached?: Promise<Catalog>;

  private async load(): Promise<Catalog> {
    const models = await workshopApi.catalog();
    return { fetchedAt: Date.now(), models: new Map(models.map((m) => [m.sku, m])) };
  }

  private current(): Promise<Catalog> {
    if (!this.cached) {
      const loading = this.load();
      this.cached = loading;
      loading.then(
        (catalog) => {
          setTimeout(() => {
            if (this.cached === loading) this.cached = undefined;
          }, CATALOG_TTL_MS - (Date.now() - catalog.fetchedAt)).unref();
        },
        () => {
          if (this.cached === loading) this.cached = undefined;
        },
      );
    }
    return this.cached;
  }

  async model(sku: string): Promise<CaseModel | undefined> {
    const catalog = await this.current();
    return catalog.models.get(sku);
  }

  async forInstrument(size: CaseModel['fits'][number], maxWeightKg = Infinity): Promise<CaseModel[]> {
    const catalog = await this.current();
    return [...catalog.models.values()]
      .filter((m) => m.fits.includes(size) && m.weightKg <= maxWeightKg)
      .sort((a, b) => a.weightKg - b.weightKg || a.priceEur - b.priceEur);
  }

  async quote(sku: string, quantity: number): Promise<{ sku: string; totalEur: number; weeks: number }> {
    const model = await this.model(sku);
    if (!model) throw new Error(`unknown case model ${sku}`);
    const shellsOnHand = await workshopApi.shellStock(model.shell);
    const weeks = shellsOnHand >= quantity ? 1 : model.leadTimeWeeks;
    const discount = quantity >= 10 ? 0.08 : quantity >= 4 ? 0.04 : 0;
    return { sku, totalEur: Math.round(model.priceEur * quantity * (1 - discount)), weeks };
  }
}

export async function lightestCarbonFor(catalog: CaseCatalog, size: CaseModel['fits'][number]) {
  const [light, all] = await Promise.all([catalog.forInstrument(size, 3.5), catalog.forInstrument(size)]);
  return light.find((m) => m.shell === 'carbon') ?? all.find((m) => m.shell === 'carbon');
}
