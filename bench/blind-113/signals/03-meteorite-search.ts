// expect: no-swallowed-abort
// searchFalls catches every error, including the AbortError raised when a newer keystroke cancels the request, and turns it into an empty result list.
export interface FallQuery {
  text: string;
  recclass?: string;
  minMassGrams?: number;
  fellOnly?: boolean;
}

export interface FallSummary {
  id: string;
  name: string;
  recclass: string;
  massGrams: number;
  year: number | null;
}

interface RawHit {
  id: string;
  name: string;
  recclass: string;
  mass: string;
  year?: string;
}

const SEARCH_URL = 'https://catalogue.example.org/api/v2/meteorites/search';

function normalise(hit: RawHit): FallSummary {
  return {
    id: hit.id,
    name: hit.name,
    recclass: hit.recclass,
    massGrams: Number.parseFloat(hit.mass) || 0,
    year: hit.year ? Number.parseInt(hit.year.slice(0, 4), 10) : null,
  };
}

export async function searchFalls(query: FallQuery, options: { signal?: AbortSignal } = {}): Promise<FallSummary[]> {
  const params = new URLSearchParams({ q: query.text, limit: '25' });
  if (query.recclass) params.set('recclass', query.recclass);
  if (query.minMassGrams) params.set('min_mass', String(query.minMassGrams));
  if (query.fellOnly) params.set('fall', 'Fell');

  try {
    const res = await fetch(`${SEARCH_URL}?${params}`, { signal: options.signal });
    if (!res.ok) throw new Error(`search answered HTTP ${res.status}`);
    const body = (await res.json()) as { hits: RawHit[] };
    return body.hits.map(normalise);
  } catch (err) {
    console.warn(`meteorite search failed for "${query.text}":`, err);
    return [];
  }
}

export class FallSearchBox {
  private current: AbortController | null = null;

  constructor(private readonly render: (hits: FallSummary[]) => void) {}

  async update(text: string): Promise<void> {
    this.current?.abort();
    if (text.trim().length < 2) {
      this.current = null;
      this.render([]);
      return;
    }
    const ctrl = new AbortController();
    this.current = ctrl;
    const hits = await searchFalls({ text: text.trim() }, { signal: ctrl.signal });
    if (this.current === ctrl) this.current = null;
    this.render(hits);
  }
}
