// expect: none
// The warm-up promise stored on the instance gets a rejection handler as soon as it is created (it records the failure and resolves), so a failed warm-up before the first query never becomes an unhandled rejection; queries await it and fall back to the cold path.
interface SearchHit {
  id: string;
  score: number;
  title: string;
}

declare const searchIndex: {
  loadSynonyms(locale: string): Promise<Map<string, string[]>>;
  query(q: string, opts: { limit: number; synonyms?: Map<string, string[]> }): Promise<SearchHit[]>;
};
declare const logger: {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
};

export class ProductSearch {
  private synonyms: Map<string, string[]> | undefined;
  private warmupError: unknown = null;
  private readonly warmup: Promise<void>;

  constructor(private readonly locale: string) {
    const started = Date.now();
    this.warmup = searchIndex.loadSynonyms(locale).then(
      (syn) => {
        this.synonyms = syn;
        logger.info('search warm-up complete', { locale, entries: syn.size, ms: Date.now() - started });
      },
      (err) => {
        this.warmupError = err;
        logger.warn('search warm-up failed; serving without synonyms', { locale, error: String(err) });
      },
    );
  }

  async search(q: string, limit = 20): Promise<SearchHit[]> {
    const query = q.trim().toLowerCase();
    if (query.length < 2) return [];
    await this.warmup;
    const hits = await searchIndex.query(query, { limit, synonyms: this.synonyms });
    return hits.filter((h) => h.score > 0.15);
  }

  health(): { ready: boolean; degraded: boolean } {
    return { ready: this.synonyms !== undefined || this.warmupError !== null, degraded: this.warmupError !== null };
  }
}
