// expect: no-unchecked-settled-results
// Backends that reject are silently skipped; the merged page is returned as complete (partial: false) and cached for five minutes, so an outage of one index is invisible and its results vanish.
interface Hit {
  id: string;
  title: string;
  score: number;
  url: string;
}

interface SearchBackend {
  name: string;
  weight: number;
  search(query: string, opts: { limit: number; signal?: AbortSignal }): Promise<Hit[]>;
}

declare const resultCache: {
  get(key: string): Promise<SearchPage | undefined>;
  set(key: string, value: SearchPage, opts: { ttlSeconds: number }): Promise<void>;
};

export interface SearchPage {
  query: string;
  hits: Array<Hit & { source: string }>;
  partial: boolean;
  tookMs: number;
}

export async function federatedSearch(backends: SearchBackend[], query: string, limit = 20, signal?: AbortSignal): Promise<SearchPage> {
  const normalized = query.trim().toLowerCase();
  const key = `fed:${normalized}:${limit}`;
  const cached = await resultCache.get(key);
  if (cached) return cached;

  const started = performance.now();
  const settled = await Promise.allSettled(backends.map((backend) => backend.search(normalized, { limit: limit * 2, signal })));

  const merged = new Map<string, Hit & { source: string }>();
  settled.forEach((result, i) => {
    if (result.status !== 'fulfilled') return;
    const backend = backends[i];
    for (const hit of result.value) {
      const weighted = { ...hit, score: hit.score * backend.weight, source: backend.name };
      const existing = merged.get(hit.url);
      if (!existing || existing.score < weighted.score) merged.set(hit.url, weighted);
    }
  });

  const page: SearchPage = {
    query: normalized,
    hits: [...merged.values()].sort((a, b) => b.score - a.score).slice(0, limit),
    partial: false,
    tookMs: Math.round(performance.now() - started),
  };
  await resultCache.set(key, page, { ttlSeconds: 300 });
  return page;
}
