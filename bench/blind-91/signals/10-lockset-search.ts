// expect: no-swallowed-abort
// When a newer keystroke aborts the previous request, the catch turns that AbortError into an empty result list, which is rendered as "no locksets found".
export interface LocksetHit {
  sku: string;
  name: string;
  pins: number;
  difficulty: 1 | 2 | 3 | 4 | 5;
  inStock: boolean;
}

let inflight: AbortController | null = null;

export async function searchLocksets(query: string): Promise<LocksetHit[]> {
  inflight?.abort();
  const controller = new AbortController();
  inflight = controller;

  try {
    const res = await fetch(`/api/workshop/locksets?q=${encodeURIComponent(query)}&limit=25`, {
      signal: controller.signal,
      headers: { accept: 'application/json' },
    });
    if (!res.ok) throw new Error(`search failed: ${res.status}`);
    return (await res.json()) as LocksetHit[];
  } catch (err) {
    console.error('lockset search failed', err);
    return [];
  } finally {
    if (inflight === controller) inflight = null;
  }
}

function renderHit(hit: LocksetHit): HTMLLIElement {
  const li = document.createElement('li');
  li.className = hit.inStock ? 'hit' : 'hit hit--sold-out';
  li.dataset.sku = hit.sku;
  li.textContent = `${hit.name} · ${hit.pins} pins · ${'★'.repeat(hit.difficulty)}`;
  return li;
}

function render(list: HTMLUListElement, hits: LocksetHit[]): void {
  if (hits.length === 0) {
    const empty = document.createElement('li');
    empty.className = 'empty';
    empty.textContent = 'No locksets found';
    list.replaceChildren(empty);
    return;
  }
  list.replaceChildren(...hits.map(renderHit));
}

export function mountSearch(input: HTMLInputElement, list: HTMLUListElement, debounceMs = 150): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;

  const onInput = () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) {
      inflight?.abort();
      list.replaceChildren();
      return;
    }
    timer = setTimeout(() => {
      searchLocksets(q).then(
        (hits) => render(list, hits),
        (err) => console.error(err),
      );
    }, debounceMs);
  };

  input.addEventListener('input', onInput);
  return () => {
    clearTimeout(timer);
    inflight?.abort();
    input.removeEventListener('input', onInput);
  };
}
