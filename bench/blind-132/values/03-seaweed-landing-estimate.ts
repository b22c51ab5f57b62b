// expect: no-read-before-settle
// latestQuota is reassigned inside a .then callback but read synchronously right after, so the estimate uses a stale cached quota (or none at all) instead of the one just fetched.
export interface ZoneQuota {
  zone: string;
  allowedWetTonnes: number;
  landedWetTonnes: number;
  closesOn: string;
}

export interface QuotaApi {
  fetchQuota(zone: string): Promise<ZoneQuota>;
}

export interface PlannedCut {
  vesselId: string;
  zone: string;
  bedHectares: number;
  /** Expected yield of wet kelp per hectare for this bed. */
  tonnesPerHectare: number;
}

export interface CutEstimate {
  vesselId: string;
  expectedTonnes: number;
  remainingTonnes: number;
  allowed: boolean;
}

export class LandingPlanner {
  private readonly cache = new Map<string, ZoneQuota>();

  constructor(private readonly api: QuotaApi) {}

  estimate(cut: PlannedCut): CutEstimate {
    const expectedTonnes = cut.bedHectares * cut.tonnesPerHectare;

    let latestQuota = this.cache.get(cut.zone);
    this.api.fetchQuota(cut.zone).then(
      (q) => {
        latestQuota = q;
        this.cache.set(cut.zone, q);
      },
      () => undefined,
    );

    const remainingTonnes = latestQuota
      ? latestQuota.allowedWetTonnes - latestQuota.landedWetTonnes
      : 0;

    return {
      vesselId: cut.vesselId,
      expectedTonnes,
      remainingTonnes,
      allowed: expectedTonnes <= remainingTonnes,
    };
  }

  planDay(cuts: readonly PlannedCut[]): { approved: CutEstimate[]; refused: CutEstimate[] } {
    const approved: CutEstimate[] = [];
    const refused: CutEstimate[] = [];
    for (const cut of cuts) {
      const est = this.estimate(cut);
      (est.allowed ? approved : refused).push(est);
    }
    return { approved, refused };
  }
}
