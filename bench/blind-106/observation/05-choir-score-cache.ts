// expect: no-floating-promises
// get() fires this.revalidate(id) as a bare statement for stale entries, so a failed refresh from the publisher becomes an unhandled rejection that takes down the library server instead of just serving the stale score.
export interface Score {
  id: string;
  title: string;
  arranger: string;
  pages: number;
  pdfUrl: string;
  revision: number;
}

export interface ScoreSource {
  fetchScore(id: string): Promise<Score>;
}

interface CacheEntry {
  score: Score;
  fetchedAt: number;
}

export class ScoreCache {
  private readonly entries = new Map<string, CacheEntry>();
  private readonly refreshing = new Set<string>();
  hits = 0;
  misses = 0;

  constructor(private readonly source: ScoreSource, private readonly ttlMs = 10 * 60_000, private readonly maxEntries = 500) {}

  async get(id: string): Promise<Score> {
    const hit = this.entries.get(id);
    if (hit) {
      this.hits += 1;
      if (Date.now() - hit.fetchedAt > this.ttlMs) {
        this.revalidate(id);
      }
      return hit.score;
    }
    this.misses += 1;
    const score = await this.source.fetchScore(id);
    this.store(score);
    return score;
  }

  private async revalidate(id: string): Promise<void> {
    if (this.refreshing.has(id)) return;
    this.refreshing.add(id);
    try {
      const score = await this.source.fetchScore(id);
      const current = this.entries.get(id);
      if (!current || score.revision >= current.score.revision) this.store(score);
    } finally {
      this.refreshing.delete(id);
    }
  }

  private store(score: Score): void {
    this.entries.delete(score.id);
    this.entries.set(score.id, { score, fetchedAt: Date.now() });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  invalidate(id: string): boolean {
    return this.entries.delete(id);
  }

  stats(): { hits: number; misses: number; size: number } {
    return { hits: this.hits, misses: this.misses, size: this.entries.size };
  }
}
