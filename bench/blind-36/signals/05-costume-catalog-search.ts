// expect: no-swallowed-abort
// searchCatalog catches the AbortError from a superseded query and returns an ordinary empty page, so callers render "no costumes found" instead of knowing the search was cancelled.
export interface CostumeHit {
  sku: string;
  title: string;
  period: string;
  sizes: string[];
  dailyRate: number;
  available: boolean;
}

export interface SearchPage {
  query: string;
  hits: CostumeHit[];
  total: number;
  degraded: boolean;
}

export interface SearchFilters {
  period?: string;
  size?: string;
  maxDailyRate?: number;
  availableFrom?: string;
}

const CATALOG_URL = process.env.CATALOG_URL ?? 'https://catalog.costume-hire.example/search';

declare const cachedCatalog: {
  search(query: string, filters: SearchFilters): CostumeHit[];
};

class CatalogHttpError extends Error {
  constructor(readonly status: number) {
    super(`catalog search failed: HTTP ${status}`);
    this.name = 'CatalogHttpError';
  }
}

function buildUrl(query: string, filters: SearchFilters, page: number): string {
  const params = new URLSearchParams({ q: query, page: String(page) });
  if (filters.period) params.set('period', filters.period);
  if (filters.size) params.set('size', filters.size);
  if (filters.maxDailyRate !== undefined) params.set('max_rate', String(filters.maxDailyRate));
  if (filters.availableFrom) params.set('from', filters.availableFrom);
  return `${CATALOG_URL}?${params}`;
}

export async function searchCatalog(
  query: string,
  filters: SearchFilters,
  signal: AbortSignal,
  page = 1,
): Promise<SearchPage> {
  try {
    const res = await fetch(buildUrl(query, filters, page), { signal });
    if (!res.ok) throw new CatalogHttpError(res.status);
    const body = (await res.json()) as { hits: CostumeHit[]; total: number };
    return { query, hits: body.hits, total: body.total, degraded: false };
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') {
      return { query, hits: [], total: 0, degraded: false };
    }
    if (err instanceof CatalogHttpError && err.status >= 500) {
      const hits = cachedCatalog.search(query, filters);
      return { query, hits, total: hits.length, degraded: true };
    }
    throw err;
  }
}

/** Search-as-you-type: each keystroke cancels the previous request. */
export class CatalogSearchBox {
  private controller: AbortController | null = null;
  private latest: SearchPage | null = null;

  constructor(private readonly render: (page: SearchPage) => void) {}

  async onInput(query: string, filters: SearchFilters): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;

    const trimmed = query.trim();
    if (trimmed.length < 2) {
      this.latest = { query: trimmed, hits: [], total: 0, degraded: false };
      this.render(this.latest);
      return;
    }

    const page = await searchCatalog(trimmed, filters, controller.signal);
    this.latest = page;
    this.render(page);
  }

  current(): SearchPage | null {
    return this.latest;
  }
}
