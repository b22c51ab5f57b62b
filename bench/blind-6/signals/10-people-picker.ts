// expect: none
// Each keystroke aborts the previous lookup and passes the new controller's signal to fetch and to the debounce wait, so stale searches are cancelled rather than left running.
interface Person {
  id: string;
  displayName: string;
  email: string;
  avatarUrl?: string;
}

function debounce(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal.reason);
    };
    const t = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export class PeoplePicker {
  private inflight: AbortController | null = null;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly list: HTMLUListElement,
    private readonly endpoint = '/api/directory/search',
  ) {
    input.addEventListener('input', () => {
      this.search(input.value.trim()).catch((err: unknown) => {
        if ((err as Error).name === 'AbortError') return;
        console.error('people search failed', err);
        this.list.replaceChildren(Object.assign(document.createElement('li'), { textContent: 'Search unavailable' }));
      });
    });
  }

  private async search(term: string): Promise<void> {
    this.inflight?.abort();
    const controller = new AbortController();
    this.inflight = controller;
    if (term.length < 2) {
      this.list.replaceChildren();
      return;
    }

    await debounce(200, controller.signal);
    const res = await fetch(`${this.endpoint}?q=${encodeURIComponent(term)}&limit=8`, { signal: controller.signal });
    if (!res.ok) throw new Error(`directory search ${res.status}`);
    const people = (await res.json()) as Person[];

    this.list.replaceChildren(
      ...people.map((p) => {
        const li = document.createElement('li');
        li.dataset.personId = p.id;
        li.textContent = `${p.displayName} <${p.email}>`;
        return li;
      }),
    );
  }
}
