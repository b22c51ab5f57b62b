// expect: no-swallowed-abort
// When a newer keystroke aborts an in-flight lookup, the AbortError is caught and turned into an empty list, so the superseded query resolves normally and is cached as "no suggestions"; returning to that query later shows nothing.
interface Suggestion {
  id: string;
  label: string;
  kind: 'user' | 'repo' | 'team';
  href: string;
}

async function fetchSuggestions(query: string, signal: AbortSignal): Promise<Suggestion[]> {
  try {
    const res = await fetch(`/api/search/suggest?q=${encodeURIComponent(query)}`, {
      headers: { accept: 'application/json' },
      credentials: 'same-origin',
      signal,
    });
    if (!res.ok) {
      console.warn(`suggest: HTTP ${res.status} for "${query}"`);
      return [];
    }
    const body = (await res.json()) as { items: Suggestion[] };
    return body.items.slice(0, 8);
  } catch (err) {
    console.warn('suggest request failed', err);
    return [];
  }
}

export class SuggestBox {
  private inflight: AbortController | undefined;
  private debounce: number | undefined;
  private readonly cache = new Map<string, Suggestion[]>();

  constructor(
    private readonly input: HTMLInputElement,
    private readonly list: HTMLUListElement,
  ) {
    input.addEventListener('input', () => this.schedule());
  }

  private schedule(): void {
    window.clearTimeout(this.debounce);
    this.debounce = window.setTimeout(() => {
      void this.update(this.input.value.trim());
    }, 150);
  }

  private async update(query: string): Promise<void> {
    if (query.length < 2) {
      this.render([]);
      return;
    }
    const cached = this.cache.get(query);
    if (cached) {
      this.render(cached);
      return;
    }
    this.inflight?.abort();
    const ctrl = new AbortController();
    this.inflight = ctrl;
    const items = await fetchSuggestions(query, ctrl.signal);
    this.cache.set(query, items);
    if (this.inflight === ctrl) this.render(items);
  }

  private render(items: Suggestion[]): void {
    this.list.replaceChildren(
      ...items.map((item) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = item.href;
        a.textContent = item.label;
        a.dataset.kind = item.kind;
        li.append(a);
        return li;
      }),
    );
    this.list.hidden = items.length === 0;
  }
}
