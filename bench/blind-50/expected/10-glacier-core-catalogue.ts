// expect: none
// The in-flight map intentionally shares one load among concurrent callers (not a retry), and a failed load is evicted so the next call starts fresh.

export interface CoreSection {
  coreId: string;
  topDepthM: number;
  bottomDepthM: number;
  estimatedAgeYears: number;
  deltaO18: number;
  dustPpm: number;
}

export interface CoreRecord {
  coreId: string;
  glacier: string;
  drilledIn: number;
  sections: CoreSection[];
}

declare const archive: {
  fetchCore(coreId: string): Promise<CoreRecord>;
  listCores(glacier: string): Promise<string[]>;
};

export class CoreCatalogue {
  private readonly loaded = new Map<string, CoreRecord>();
  private readonly inflight = new Map<string, Promise<CoreRecord>>();

  constructor(private readonly maxCached = 64) {}

  get(coreId: string): Promise<CoreRecord> {
    const cached = this.loaded.get(coreId);
    if (cached) return Promise.resolve(cached);
    const pending = this.inflight.get(coreId);
    if (pending) return pending;

    const load = archive.fetchCore(coreId).then(
      (record) => {
        this.inflight.delete(coreId);
        this.remember(record);
        return record;
      },
      (err: unknown) => {
        this.inflight.delete(coreId);
        throw err;
      },
    );
    this.inflight.set(coreId, load);
    return load;
  }

  async glacierProfile(glacier: string): Promise<CoreSection[]> {
    const ids = await archive.listCores(glacier);
    const records = await Promise.all(ids.map((id) => this.get(id)));
    return records
      .flatMap((r) => r.sections)
      .sort((a, b) => a.estimatedAgeYears - b.estimatedAgeYears);
  }

  private remember(record: CoreRecord): void {
    if (this.loaded.size >= this.maxCached) {
      const oldest = this.loaded.keys().next();
      if (!oldest.done) this.loaded.delete(oldest.value);
    }
    this.loaded.set(record.coreId, record);
  }
}

export function dustEvents(sections: CoreSection[], threshold = 3): CoreSection[] {
  if (sections.length === 0) return [];
  const mean = sections.reduce((s, x) => s + x.dustPpm, 0) / sections.length;
  const sd = Math.sqrt(sections.reduce((s, x) => s + (x.dustPpm - mean) ** 2, 0) / sections.length);
  return sections.filter((s) => sd > 0 && (s.dustPpm - mean) / sd > threshold);
}

export function temperatureProxy(section: CoreSection): number {
  return 1.5 * section.deltaO18 + 20.4;
}
