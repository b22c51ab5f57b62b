// expect: none
// Each prefetched transect load is converted with then(onFulfilled, onRejected) the moment it starts, so it can never reject while the current transect is being analysed.
export interface Quadrat {
  index: number;
  elevationCm: number;
  spartinaCoverPct: number;
  salicorniaCoverPct: number;
  bareMudPct: number;
}

export interface TransectData {
  transectId: string;
  surveyedOn: string;
  quadrats: Quadrat[];
}

export interface TransectSummary {
  transectId: string;
  meanVegetatedPct: number;
  pioneerZoneEndsAt: number | null;
}

export interface SurveyStore {
  fetchTransect(id: string): Promise<TransectData>;
  saveSummary(summary: TransectSummary): Promise<void>;
}

type Loaded = { ok: true; data: TransectData } | { ok: false; id: string; error: unknown };

export class MarshSurveyRunner {
  constructor(private readonly store: SurveyStore) {}

  private load(id: string): Promise<Loaded> {
    return this.store.fetchTransect(id).then(
      (data): Loaded => ({ ok: true, data }),
      (error: unknown): Loaded => ({ ok: false, id, error }),
    );
  }

  private async analyse(data: TransectData): Promise<TransectSummary> {
    const vegetated = data.quadrats.map((q) => q.spartinaCoverPct + q.salicorniaCoverPct);
    const mean = vegetated.reduce((s, v) => s + v, 0) / Math.max(1, vegetated.length);
    const pioneer = data.quadrats.find((q) => q.salicorniaCoverPct < 5 && q.bareMudPct < 50);
    const summary: TransectSummary = {
      transectId: data.transectId,
      meanVegetatedPct: Math.round(mean * 10) / 10,
      pioneerZoneEndsAt: pioneer ? pioneer.index : null,
    };
    await this.store.saveSummary(summary);
    return summary;
  }

  async surveyAll(ids: string[]): Promise<{ summaries: TransectSummary[]; failed: string[] }> {
    const summaries: TransectSummary[] = [];
    const failed: string[] = [];
    let next: Promise<Loaded> | null = ids.length > 0 ? this.load(ids[0]) : null;

    for (let i = 0; i < ids.length && next; i++) {
      const current: Loaded = await next;
      next = i + 1 < ids.length ? this.load(ids[i + 1]) : null;

      if (!current.ok) {
        failed.push(current.id);
        continue;
      }
      summaries.push(await this.analyse(current.data));
    }

    return { summaries, failed };
  }
}
