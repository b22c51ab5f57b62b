// expect: none
// The search box aborts the previous request itself when a newer keystroke arrives, and ignores only that self-caused AbortError (the request is no longer the current one); any other error is rethrown.

interface Suggestion {
  label: string;
  href: string;
}

let current: AbortController | null = null;

function render(list: HTMLUListElement, items: Suggestion[]): void {
  list.replaceChildren(
    ...items.map((s) => {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = s.href;
      a.textContent = s.label;
      li.append(a);
      return li;
    }),
  );
}

export async function onSearchInput(input: HTMLInputElement, list: HTMLUListElement): Promise<void> {
  current?.abort();
  const mine = new AbortController();
  current = mine;
  try {
    const res = await fetch(`/api/suggest?q=${encodeURIComponent(input.value)}`, { signal: mine.signal });
    if (!res.ok) throw new Error(`suggest failed: ${res.status}`);
    render(list, (await res.json()) as Suggestion[]);
  } catch (err) {
    if (mine.signal.aborted && current !== mine) {
      return;
    }
    throw err;
  } finally {
    if (current === mine) current = null;
  }
}
