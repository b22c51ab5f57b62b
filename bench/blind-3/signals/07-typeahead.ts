// expect: no-swallowed-abort
// When a keystroke aborts the previous lookup, the catch turns the AbortError into an empty result that gets cached for that prefix, so returning to it later shows "No matches".
export interface Suggestion {
  id: string;
  label: string;
  kind: 'user' | 'team' | 'channel';
}

const cache = new Map<string, Suggestion[]>();

async function fetchSuggestions(prefix: string, signal: AbortSignal): Promise<Suggestion[]> {
  const cached = cache.get(prefix);
  if (cached) return cached;

  let suggestions: Suggestion[];
  try {
    const res = await fetch(`/api/mentions?q=${encodeURIComponent(prefix)}&limit=8`, { signal });
    if (!res.ok) throw new Error(`mentions lookup failed: ${res.status}`);
    suggestions = (await res.json()) as Suggestion[];
  } catch (err) {
    console.debug('[mentions] lookup failed for', prefix, err);
    suggestions = [];
  }
  cache.set(prefix, suggestions);
  return suggestions;
}

export function attachMentionPicker(input: HTMLInputElement, list: HTMLUListElement): () => void {
  let inflight: AbortController | undefined;

  const render = (items: Suggestion[]) => {
    list.replaceChildren(
      ...(items.length
        ? items.map((s) => {
            const li = document.createElement('li');
            li.textContent = s.label;
            li.dataset.id = s.id;
            li.className = `mention mention--${s.kind}`;
            return li;
          })
        : [Object.assign(document.createElement('li'), { textContent: 'No matches', className: 'mention--empty' })]),
    );
  };

  const onInput = () => {
    const match = /@(\w{2,})$/.exec(input.value);
    inflight?.abort();
    if (!match) {
      list.replaceChildren();
      return;
    }
    const controller = new AbortController();
    inflight = controller;
    fetchSuggestions(match[1], controller.signal).then(
      (items) => {
        if (inflight === controller) render(items);
      },
      (err: unknown) => console.error('[mentions] render failed', err),
    );
  };

  input.addEventListener('input', onInput);
  return () => {
    inflight?.abort();
    input.removeEventListener('input', onInput);
  };
}
