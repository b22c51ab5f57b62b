// expect: none
// The only AbortError ignored here comes from the widget's own controller cancelling a superseded lookup; no caller's signal is involved, and the newer lookup renders the results.
export interface Suggestion {
  id: string;
  label: string;
  kind: 'user' | 'team' | 'channel';
}

declare function renderSuggestions(list: HTMLUListElement, items: Suggestion[]): void;
declare const telemetry: { count(name: string, tags?: Record<string, string>): void };

export class MentionAutocomplete {
  private inflight: AbortController | null = null;
  private debounce: number | undefined;

  constructor(
    private readonly input: HTMLTextAreaElement,
    private readonly list: HTMLUListElement,
    private readonly endpoint = '/api/mentions',
  ) {
    input.addEventListener('input', () => this.schedule());
    input.addEventListener('blur', () => this.close());
  }

  private schedule(): void {
    window.clearTimeout(this.debounce);
    this.debounce = window.setTimeout(() => {
      void this.lookup();
    }, 120);
  }

  private currentToken(): string | null {
    const before = this.input.value.slice(0, this.input.selectionStart ?? 0);
    const match = /@([\w.-]{1,32})$/.exec(before);
    return match ? match[1] : null;
  }

  private async lookup(): Promise<void> {
    this.inflight?.abort();
    const token = this.currentToken();
    if (!token) {
      this.close();
      return;
    }
    const ctrl = new AbortController();
    this.inflight = ctrl;
    try {
      const res = await fetch(`${this.endpoint}?q=${encodeURIComponent(token)}`, { signal: ctrl.signal, credentials: 'same-origin' });
      if (!res.ok) throw new Error(`mentions lookup failed: ${res.status}`);
      const items = (await res.json()) as Suggestion[];
      renderSuggestions(this.list, items);
      this.list.hidden = items.length === 0;
    } catch (err) {
      if (err instanceof DOMException && err.name === 'AbortError') return;
      telemetry.count('mentions.lookup_error', { message: String(err) });
      this.list.hidden = true;
    } finally {
      if (this.inflight === ctrl) this.inflight = null;
    }
  }

  close(): void {
    window.clearTimeout(this.debounce);
    this.inflight?.abort();
    this.inflight = null;
    this.list.hidden = true;
  }
}
