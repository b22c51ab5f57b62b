// expect: none
// The only AbortError ignored here comes from the widget's own controller when a newer keystroke supersedes the request; update() is fire-and-forget from the input listener, so no caller's cancellation is lost.
export interface AddressSuggestion {
  id: string;
  label: string;
  postcode: string;
}

export class AddressAutocomplete {
  private inflight: AbortController | null = null;
  private readonly onInput = () => {
    void this.update(this.input.value.trim());
  };

  constructor(
    private readonly input: HTMLInputElement,
    private readonly list: HTMLUListElement,
    private readonly endpoint: string,
  ) {
    input.addEventListener('input', this.onInput);
  }

  private async update(query: string): Promise<void> {
    this.inflight?.abort();
    this.inflight = null;
    if (query.length < 3) {
      this.render([]);
      return;
    }
    const controller = new AbortController();
    this.inflight = controller;
    try {
      const res = await fetch(`${this.endpoint}?q=${encodeURIComponent(query)}&limit=8`, {
        signal: controller.signal,
        headers: { accept: 'application/json' },
      });
      if (!res.ok) throw new Error(`lookup responded ${res.status}`);
      const suggestions = (await res.json()) as AddressSuggestion[];
      this.render(suggestions);
    } catch (err) {
      if (controller.signal.aborted) return;
      console.warn('address lookup failed', err);
      this.list.replaceChildren(Object.assign(document.createElement('li'), {
        className: 'autocomplete-error',
        textContent: 'Address lookup is unavailable, please type the full address.',
      }));
    } finally {
      if (this.inflight === controller) this.inflight = null;
    }
  }

  private render(suggestions: AddressSuggestion[]): void {
    const items = suggestions.map((s) => {
      const li = document.createElement('li');
      li.textContent = `${s.label} (${s.postcode})`;
      li.dataset.addressId = s.id;
      li.tabIndex = 0;
      return li;
    });
    this.list.replaceChildren(...items);
    this.list.hidden = items.length === 0;
  }

  destroy(): void {
    this.input.removeEventListener('input', this.onInput);
    this.inflight?.abort();
    this.inflight = null;
    this.list.replaceChildren();
  }
}
