// expect: no-swallowed-abort
// The catch wraps every failure, including an AbortError from a superseded search, in a plain Error, so callers checking err.name === 'AbortError' show a failure banner instead of ignoring the cancellation.
export interface HutHit {
  id: string;
  name: string;
  massif: string;
  altitudeM: number;
  openNights: string[];
}

export interface SearchQuery {
  text: string;
  massif?: string;
  minAltitude?: number;
  night?: string;
}

export class HutSearchError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'HutSearchError';
  }
}

function buildUrl(base: string, q: SearchQuery): string {
  const params = new URLSearchParams({ q: q.text });
  if (q.massif) params.set('massif', q.massif);
  if (q.minAltitude !== undefined) params.set('min_alt', String(q.minAltitude));
  if (q.night) params.set('night', q.night);
  return `${base}/huts/search?${params}`;
}

export async function searchHuts(base: string, query: SearchQuery, signal: AbortSignal): Promise<HutHit[]> {
  try {
    const res = await fetch(buildUrl(base, query), { signal });
    if (!res.ok) {
      throw new HutSearchError(`hut search returned ${res.status}`);
    }
    const body = (await res.json()) as { hits: HutHit[] };
    return body.hits;
  } catch (err) {
    if (err instanceof HutSearchError) throw err;
    throw new HutSearchError(`hut search for "${query.text}" failed`, { cause: err });
  }
}

export class TypeaheadController {
  private inflight: AbortController | null = null;

  constructor(
    private readonly base: string,
    private readonly render: (hits: HutHit[]) => void,
    private readonly showError: (message: string) => void,
  ) {}

  async onInput(text: string, filters: Omit<SearchQuery, 'text'> = {}): Promise<void> {
    this.inflight?.abort();
    const controller = new AbortController();
    this.inflight = controller;
    if (text.trim().length < 2) {
      this.render([]);
      return;
    }
    try {
      const hits = await searchHuts(this.base, { text, ...filters }, controller.signal);
      if (this.inflight === controller) this.render(hits);
    } catch (err) {
      if ((err as Error).name === 'AbortError') return;
      this.showError((err as Error).message);
    } finally {
      if (this.inflight === controller) this.inflight = null;
    }
  }
}
