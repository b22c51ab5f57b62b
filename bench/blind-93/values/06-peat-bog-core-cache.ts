// expect: none
// The map deliberately stores promises: `inflight.get(id) ?? start()` tests Promise|undefined, so concurrent callers share one request.
export interface CoreAnalysis {
  coreId: string;
  ageYearsAtBase: number;
  carbonKgPerM2: number;
  pollenZones: string[];
}

declare const radiocarbon: { date(coreId: string): Promise<{ calBp: number }> };
declare const labDb: {
  carbonProfile(coreId: string): Promise<Array<{ depthCm: number; carbonPct: number }>>;
  pollenZones(coreId: string): Promise<string[]>;
};

export class CoreAnalysisCache {
  private readonly inflight = new Map<string, Promise<CoreAnalysis>>();
  private readonly done = new Map<string, { value: CoreAnalysis; at: number }>();

  constructor(private readonly ttlMs = 10 * 60_000) {}

  get(coreId: string): Promise<CoreAnalysis> {
    const cached = this.done.get(coreId);
    if (cached && Date.now() - cached.at < this.ttlMs) {
      return Promise.resolve(cached.value);
    }
    return this.inflight.get(coreId) ?? this.start(coreId);
  }

  private start(coreId: string): Promise<CoreAnalysis> {
    const request = this.analyse(coreId)
      .then((value) => {
        this.done.set(coreId, { value, at: Date.now() });
        return value;
      })
      .finally(() => {
        this.inflight.delete(coreId);
      });
    this.inflight.set(coreId, request);
    return request;
  }

  private async analyse(coreId: string): Promise<CoreAnalysis> {
    const [dating, profile, zones] = await Promise.all([
      radiocarbon.date(coreId),
      labDb.carbonProfile(coreId),
      labDb.pollenZones(coreId),
    ]);
    let carbon = 0;
    for (let i = 1; i < profile.length; i++) {
      const thickness = profile[i].depthCm - profile[i - 1].depthCm;
      carbon += thickness * 10_000 * 0.1 * (profile[i].carbonPct / 100) / 1000;
    }
    return {
      coreId,
      ageYearsAtBase: dating.calBp + 75, // BP is counted from 1950
      carbonKgPerM2: Math.round(carbon * 10) / 10,
      pollenZones: zones,
    };
  }

  isLoading(coreId: string): boolean {
    return this.inflight.has(coreId);
  }

  invalidate(coreId: string): void {
    this.done.delete(coreId);
  }
}
