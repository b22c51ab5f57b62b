// expect: no-swallowed-abort
// When a newer keystroke aborts the previous search, the aborted fetch is caught and turned into an empty result list, so the stale call still renders "No matching issues" over the newer results.
export interface IssueHit {
  number: number;
  title: string;
  state: 'open' | 'closed';
}

declare function renderHits(list: HTMLUListElement, hits: IssueHit[], query: string): void;

async function searchIssues(repo: string, query: string, signal: AbortSignal): Promise<IssueHit[]> {
  const url = new URL(`/api/repos/${repo}/issues/search`, location.origin);
  url.searchParams.set('q', query);
  url.searchParams.set('limit', '20');

  try {
    const res = await fetch(url, { signal });
    if (!res.ok) throw new Error(`search failed with ${res.status}`);
    const body = (await res.json()) as { items: IssueHit[] };
    return body.items;
  } catch (err) {
    console.debug('issue search failed', err);
    return [];
  }
}

export function attachIssuePicker(input: HTMLInputElement, list: HTMLUListElement, repo: string): () => void {
  let current: AbortController | null = null;
  let debounce: ReturnType<typeof setTimeout> | undefined;

  const run = async (query: string) => {
    current?.abort();
    const ac = new AbortController();
    current = ac;
    const hits = await searchIssues(repo, query, ac.signal);
    renderHits(list, hits, query);
  };

  const onInput = () => {
    clearTimeout(debounce);
    const query = input.value.trim();
    if (query.length < 2) {
      current?.abort();
      list.replaceChildren();
      return;
    }
    debounce = setTimeout(() => {
      run(query).catch((err) => console.error('picker', err));
    }, 150);
  };

  input.addEventListener('input', onInput);
  return () => {
    input.removeEventListener('input', onInput);
    clearTimeout(debounce);
    current?.abort();
  };
}
