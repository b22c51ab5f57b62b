// expect: none
// The catalogue lookups are awaited before the === comparisons, so the legend and ring style of the stored keytop are compared as strings, not as promises.
export interface Keytop {
  legend: string;
  ring: 'chrome' | 'nickel' | 'plastic';
  glass: boolean;
  diameterMm: number;
}

export interface KeytopCatalog {
  lookupKeytop(model: string, position: string): Promise<Keytop | undefined>;
  donorStock(model: string): Promise<Map<string, Keytop>>;
}

export interface ReplacementPlan {
  position: string;
  action: 'keep' | 'swap-from-donor' | 'order-reproduction';
  note?: string;
}

export class KeytopMatcher {
  constructor(private readonly catalog: KeytopCatalog) {}

  async planForMachine(
    model: string,
    damaged: Map<string, Keytop>,
  ): Promise<ReplacementPlan[]> {
    const donors = await this.catalog.donorStock(model);
    const plans: ReplacementPlan[] = [];

    for (const [position, current] of damaged) {
      const original = await this.catalog.lookupKeytop(model, position);
      if (original === undefined) {
        plans.push({ position, action: 'keep', note: 'no factory reference for this position' });
        continue;
      }

      const donor = donors.get(position);
      if (donor && donor.legend === original.legend && donor.ring === original.ring && !donor.glass === !original.glass) {
        plans.push({ position, action: 'swap-from-donor' });
        donors.delete(position);
      } else if (current.legend === original.legend && current.diameterMm === original.diameterMm) {
        plans.push({ position, action: 'keep', note: 'legend intact; re-silver the ring only' });
      } else {
        plans.push({
          position,
          action: 'order-reproduction',
          note: `${original.diameterMm}mm ${original.ring} ring, legend "${original.legend}"`,
        });
      }
    }
    return plans;
  }

  async isFactoryLegend(model: string, position: string, legend: string): Promise<boolean> {
    const reference = await this.catalog.lookupKeytop(model, position);
    return reference?.legend === legend;
  }
}
