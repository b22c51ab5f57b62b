// expect: none
// The async cache lookups are awaited before being tested for truthiness or combined with ??, so the dedup decision uses the real cached values.
export interface ChipRead {
  chip: string;
  mat: string;
  timeOfDayMs: number;
  decoder: string;
}

export interface ReadCache {
  has(key: string): Promise<boolean>;
  get(key: string): Promise<ChipRead | undefined>;
  set(key: string, value: ChipRead, ttlSeconds: number): Promise<void>;
}

export interface ResultSink {
  append(read: ChipRead): Promise<void>;
}

export class ChipReadDeduplicator {
  private accepted = 0;
  private duplicates = 0;

  constructor(
    private readonly cache: ReadCache,
    private readonly sink: ResultSink,
    private readonly windowMs = 10_000,
  ) {}

  get stats(): { accepted: number; duplicates: number } {
    return { accepted: this.accepted, duplicates: this.duplicates };
  }

  private key(read: ChipRead): string {
    return `${read.mat}:${read.chip}`;
  }

  async ingest(read: ChipRead): Promise<boolean> {
    const key = this.key(read);

    if (await this.cache.has(`${key}:final`)) {
      this.duplicates += 1;
      return false;
    }

    const previous = (await this.cache.get(key)) ?? null;
    if (previous && Math.abs(read.timeOfDayMs - previous.timeOfDayMs) < this.windowMs) {
      this.duplicates += 1;
      return false;
    }

    await this.cache.set(key, read, Math.ceil((this.windowMs * 6) / 1000));
    if (read.mat === 'FINISH') {
      await this.cache.set(`${key}:final`, read, 6 * 3600);
    }
    await this.sink.append(read);
    this.accepted += 1;
    return true;
  }

  async ingestBatch(reads: ChipRead[]): Promise<number> {
    let kept = 0;
    const ordered = [...reads].sort((a, b) => a.timeOfDayMs - b.timeOfDayMs);
    for (const read of ordered) {
      if (await this.ingest(read)) kept += 1;
    }
    return kept;
  }
}
