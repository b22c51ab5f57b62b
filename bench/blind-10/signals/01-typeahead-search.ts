// expect: none
// Each keystroke aborts the previous request through a controller this class owns; only that self-inflicted AbortError is ignored, no caller cancellation exists to lose.
export interface Suggestion {
  id: string;
  label: string;
  category: 'product' | 'brand' | 'help';
}

declare const telemetry: {
  track(event: string, props: Record<string, unknown>): void;
};

export class TypeaheadController {
  private inflight: AbortController | null = null;
  private lastQuery = '';

  constructor(
    private readonly endpoint: string,
    private readonly list: HTMLUListElement,
    private readonly status: HTMLElement,
  ) {}

  attach(input: HTMLInputElement): void {
    input.addEventListener('input', () => {
      void this.update(input.value.trim());
    });
  }

  async update(query: string): Promise<void> {
    if (query === this.lastQuery) return;
    this.lastQuery = query;
    this.inflight?.abort();

    if (query.length < 2) {
      this.inflight = null;
      this.render([]);
      return;
    }

    const controller = new AbortController();
    this.inflight = controller;
    this.status.textContent = 'Searching…';

    try {
      const url = `${this.endpoint}?q=${encodeURIComponent(query)}&limit=8`;
      const res = await fetch(url, { signal: controller.signal });
      if (!res.ok) throw new Error(`suggest endpoint answered ${res.status}`);
      const body = (await res.json()) as { items: Suggestion[] };
      this.render(body.items);
      this.status.textContent = body.items.length ? '' : 'No matches';
    } catch (err) {
      if (controller.signal.aborted) {
        // superseded by a newer keystroke; the newer request owns the UI now
        return;
      }
      telemetry.track('typeahead_error', { query, message: String(err) });
      this.status.textContent = 'Suggestions are unavailable right now';
      this.render([]);
    } finally {
      if (this.inflight === controller) this.inflight = null;
    }
  }

  private render(items: Suggestion[]): void {
    this.list.replaceChildren(
      ...items.map((item) => {
        const li = document.createElement('li');
        li.dataset.id = item.id;
        li.dataset.category = item.category;
        li.textContent = item.label;
        return li;
      }),
    );
  }
}
