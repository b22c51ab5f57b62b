// expect: none
// The plots promise is deliberately memoised and shared by concurrent callers (and dropped on failure so the next call refetches); the bound handler is registered where a callback is wanted.
export interface SurveyPlot {
  plotId: string;
  substrate: 'bark' | 'rock' | 'soil' | 'wood';
  gridRef: string;
}

export interface LichenRecord {
  plotId: string;
  species: string;
  coveragePercent: number;
  observedAt: string;
}

interface UploadNotice {
  surveyorId: string;
  plotId: string;
  recordCount: number;
}

declare const surveyApi: {
  plots(siteId: string): Promise<SurveyPlot[]>;
  records(plotId: string, since?: string): Promise<LichenRecord[]>;
};
declare const uploads: {
  onComplete(handler: (notice: UploadNotice) => Promise<void>): () => void;
};
declare const localStore: {
  saveRecords(records: LichenRecord[]): Promise<number>;
  lastSync(plotId: string): Promise<string | undefined>;
};

export class LichenSync {
  private plotsLoad?: Promise<SurveyPlot[]>;
  private unsubscribe?: () => void;
  private readonly counts = new Map<string, number>();

  constructor(private readonly siteId: string) {
    this.handleUpload = this.handleUpload.bind(this);
  }

  start(): void {
    this.unsubscribe ??= uploads.onComplete(this.handleUpload);
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  plots(): Promise<SurveyPlot[]> {
    this.plotsLoad ??= surveyApi.plots(this.siteId).catch((err: unknown) => {
      this.plotsLoad = undefined;
      throw err;
    });
    return this.plotsLoad;
  }

  async syncPlot(plotId: string): Promise<number> {
    const plots = await this.plots();
    if (!plots.some((p) => p.plotId === plotId)) {
      throw new Error(`plot ${plotId} is not part of site ${this.siteId}`);
    }
    const since = await localStore.lastSync(plotId);
    const records = await surveyApi.records(plotId, since);
    const saved = await localStore.saveRecords(records);
    this.counts.set(plotId, (this.counts.get(plotId) ?? 0) + saved);
    return saved;
  }

  async syncAll(): Promise<Map<string, number>> {
    const plots = await this.plots();
    const saved = await Promise.all(plots.map((plot) => this.syncPlot(plot.plotId)));
    return new Map(plots.map((plot, index) => [plot.plotId, saved[index]]));
  }

  async handleUpload(notice: UploadNotice): Promise<void> {
    if (notice.recordCount === 0) return;
    await this.syncPlot(notice.plotId);
  }

  coverageBySubstrate(records: readonly LichenRecord[], plots: readonly SurveyPlot[]): Record<string, number> {
    const substrateOf = new Map(plots.map((p) => [p.plotId, p.substrate]));
    const totals: Record<string, number> = {};
    for (const record of records) {
      const substrate = substrateOf.get(record.plotId) ?? 'unknown';
      totals[substrate] = (totals[substrate] ?? 0) + record.coveragePercent;
    }
    return totals;
  }
}
