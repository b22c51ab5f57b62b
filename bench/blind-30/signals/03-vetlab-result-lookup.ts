// expect: no-swallowed-abort
// fetchMatches turns an AbortError into an empty list, so a superseded lookup is cached and shown as "no results" for that query.
export interface ResultSummary {
  accession: string;
  patient: string;
  owner: string;
  species: string;
  test: string;
  status: 'pending' | 'preliminary' | 'final' | 'amended';
  reportedAt: string | null;
}

interface SearchResponse {
  items: ResultSummary[];
  total: number;
}

const API_BASE = '/api/v2/results';
const MIN_QUERY_LENGTH = 3;
const CACHE_TTL_MS = 30_000;

async function fetchMatches(clinicId: string, query: string, signal: AbortSignal): Promise<ResultSummary[]> {
  const url = `${API_BASE}?clinic=${encodeURIComponent(clinicId)}&q=${encodeURIComponent(query)}&limit=25`;
  try {
    const response = await fetch(url, { signal, headers: { accept: 'application/json' } });
    if (!response.ok) {
      throw new Error(`result search failed: HTTP ${response.status}`);
    }
    const body = (await response.json()) as SearchResponse;
    return body.items;
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') {
      return [];
    }
    throw err;
  }
}

export class ResultLookup {
  private controller: AbortController | null = null;
  private readonly cache = new Map<string, { at: number; items: ResultSummary[] }>();

  constructor(private readonly clinicId: string, private readonly render: (items: ResultSummary[], query: string) => void) {}

  async onQueryChanged(raw: string): Promise<void> {
    const query = raw.trim().toLowerCase();
    this.controller?.abort();
    if (query.length < MIN_QUERY_LENGTH) {
      this.controller = null;
      this.render([], query);
      return;
    }

    const cached = this.cache.get(query);
    if (cached && Date.now() - cached.at < CACHE_TTL_MS) {
      this.render(cached.items, query);
      return;
    }

    const controller = new AbortController();
    this.controller = controller;
    const items = await fetchMatches(this.clinicId, query, controller.signal);
    this.cache.set(query, { at: Date.now(), items });
    if (this.controller === controller) {
      this.render(sortForTriage(items), query);
    }
  }
}

function sortForTriage(items: ResultSummary[]): ResultSummary[] {
  const rank: Record<ResultSummary['status'], number> = { amended: 0, final: 1, preliminary: 2, pending: 3 };
  return [...items].sort(
    (a, b) => rank[a.status] - rank[b.status] || (b.reportedAt ?? '').localeCompare(a.reportedAt ?? ''),
  );
}
