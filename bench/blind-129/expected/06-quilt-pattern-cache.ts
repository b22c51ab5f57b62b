// expect: none
// The cache deliberately shares one in-flight promise between concurrent callers and evicts it on failure, so later calls after an error start a new download instead of re-awaiting the rejected one.
export interface PatternSheet {
  patternId: string;
  title: string;
  blockInches: number;
  fabricYards: Record<string, number>;
}

export interface PatternArchive {
  download(patternId: string): Promise<PatternSheet>;
}

interface CacheEntry {
  promise: Promise<PatternSheet>;
  storedAt: number;
}

export class PatternCache {
  private readonly entries = new Map<string, CacheEntry>();

  constructor(
    private readonly archive: PatternArchive,
    private readonly ttlMs = 10 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(patternId: string): Promise<PatternSheet> {
    const hit = this.entries.get(patternId);
    if (hit && this.now() - hit.storedAt < this.ttlMs) {
      return hit.promise;
    }

    const promise = this.archive.download(patternId);
    const entry: CacheEntry = { promise, storedAt: this.now() };
    this.entries.set(patternId, entry);
    promise.catch(() => {
      if (this.entries.get(patternId) === entry) this.entries.delete(patternId);
    });
    return promise;
  }

  async fabricFor(patternIds: string[], quilts: number): Promise<Record<string, number>> {
    const sheets = await Promise.all(patternIds.map((id) => this.get(id)));
    const totals: Record<string, number> = {};
    for (const sheet of sheets) {
      for (const [fabric, yards] of Object.entries(sheet.fabricYards)) {
        totals[fabric] = Math.round(((totals[fabric] ?? 0) + yards * quilts) * 8) / 8;
      }
    }
    return totals;
  }

  invalidate(patternId?: string): void {
    if (patternId) this.entries.delete(patternId);
    else this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
