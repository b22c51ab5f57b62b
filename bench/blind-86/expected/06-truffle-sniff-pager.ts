// expect: none
// pager() intentionally returns the bound method this.nextPage (its declared type is a function returning a promise); every caller invokes it before awaiting.
export interface SniffEvent {
  dog: string;
  orchardRow: number;
  treeId: string;
  depthCm?: number;
  found: boolean;
  at: string;
}

interface Page {
  events: SniffEvent[];
  cursor: string | null;
}

declare const huntLog: { page(huntId: string, cursor: string | null, limit: number): Promise<Page> };

export class SniffHistory {
  #cursor: string | null = null;
  #exhausted = false;

  constructor(private readonly huntId: string, private readonly pageSize = 100) {}

  async nextPage(): Promise<SniffEvent[]> {
    if (this.#exhausted) return [];
    const page = await huntLog.page(this.huntId, this.#cursor, this.pageSize);
    this.#cursor = page.cursor;
    this.#exhausted = page.cursor === null;
    return page.events;
  }

  /** Hands out a loader for UI "load more" buttons that do not know about the class. */
  pager(): () => Promise<SniffEvent[]> {
    return this.nextPage.bind(this);
  }

  async *events(): AsyncGenerator<SniffEvent> {
    while (!this.#exhausted) {
      const batch = await this.nextPage();
      yield* batch;
    }
  }
}

export async function productiveTrees(huntId: string, minFinds = 2): Promise<Map<string, number>> {
  const finds = new Map<string, number>();
  for await (const e of new SniffHistory(huntId).events()) {
    if (!e.found) continue;
    finds.set(e.treeId, (finds.get(e.treeId) ?? 0) + 1);
  }
  return new Map([...finds].filter(([, n]) => n >= minFinds));
}

export function wireLoadMore(button: HTMLButtonElement, list: HTMLUListElement, huntId: string): void {
  const loadMore = new SniffHistory(huntId, 25).pager();
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const events = await loadMore();
      for (const e of events) {
        const li = document.createElement('li');
        li.textContent = `${e.dog} @ row ${e.orchardRow}, tree ${e.treeId}: ${e.found ? `found (${e.depthCm ?? '?'} cm)` : 'false alert'}`;
        list.append(li);
      }
      button.disabled = events.length === 0;
    } catch (err) {
      button.disabled = false;
      console.error('[truffle] could not load sniff history', err);
    }
  });
}
