// expect: no-swallowed-abort
// search() catches every error, including the AbortError from the previous keystroke's request being cancelled, and turns it into an empty result list that gets rendered as "no specimens".
export interface SpecimenHit {
  catalogueNo: string;
  taxon: string;
  formation: string;
  site: string;
}

/**
 * Search-as-you-type box for the dig site's specimen catalogue. Each new
 * keystroke cancels the request for the previous one.
 */
export class SpecimenSearch {
  private controller: AbortController | null = null;
  private debounce: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly list: HTMLUListElement,
    private readonly endpoint = '/api/specimens/search',
  ) {
    input.addEventListener('input', () => {
      clearTimeout(this.debounce);
      this.debounce = setTimeout(() => {
        this.search(this.input.value.trim()).then((hits) => this.render(hits), console.error);
      }, 150);
    });
  }

  async search(query: string): Promise<SpecimenHit[]> {
    this.controller?.abort();
    if (query.length < 2) return [];

    const controller = new AbortController();
    this.controller = controller;

    try {
      const url = `${this.endpoint}?q=${encodeURIComponent(query)}&limit=25`;
      const res = await fetch(url, { signal: controller.signal });
      if (!res.ok) throw new Error(`search failed with ${res.status}`);
      return (await res.json()) as SpecimenHit[];
    } catch (err) {
      console.warn('specimen search failed', err);
      return [];
    } finally {
      if (this.controller === controller) this.controller = null;
    }
  }

  private render(hits: SpecimenHit[]): void {
    this.list.replaceChildren();
    if (hits.length === 0) {
      const li = document.createElement('li');
      li.className = 'empty';
      li.textContent = 'No specimens match';
      this.list.append(li);
      return;
    }
    for (const hit of hits) {
      const li = document.createElement('li');
      const strong = document.createElement('strong');
      strong.textContent = hit.catalogueNo;
      li.append(strong, ` ${hit.taxon} — ${hit.formation}, ${hit.site}`);
      this.list.append(li);
    }
  }

  dispose(): void {
    clearTimeout(this.debounce);
    this.controller?.abort();
  }
}
