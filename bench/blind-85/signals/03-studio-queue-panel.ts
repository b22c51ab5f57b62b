// expect: no-swallowed-abort
// fetchQueue() catches the AbortError raised when a newer refresh cancels the old one and returns [], so the cancelled request renders an empty queue as if the studio had no jobs.
export interface PrintJob {
  id: string;
  title: string;
  artist: string;
  technique: 'intaglio' | 'woodcut' | 'linocut' | 'lithograph' | 'risograph';
  status: 'queued' | 'inking' | 'pressing' | 'drying' | 'done';
  press: string;
}

type Filter = 'all' | 'mine' | 'drying';

async function fetchQueue(filter: Filter, signal: AbortSignal): Promise<PrintJob[]> {
  try {
    const res = await fetch(`/api/studio/queue?filter=${filter}`, {
      signal,
      credentials: 'same-origin',
    });
    if (!res.ok) {
      console.warn(`queue refresh failed with ${res.status}`);
      return [];
    }
    return (await res.json()) as PrintJob[];
  } catch (err) {
    console.warn('queue refresh failed', err);
    return [];
  }
}

function renderRow(job: PrintJob): HTMLTableRowElement {
  const tr = document.createElement('tr');
  tr.dataset.status = job.status;
  for (const text of [job.title, job.artist, job.technique, job.press, job.status]) {
    const td = document.createElement('td');
    td.textContent = text;
    tr.append(td);
  }
  return tr;
}

export class QueuePanel {
  private controller: AbortController | null = null;

  constructor(
    private readonly table: HTMLTableSectionElement,
    private readonly emptyNote: HTMLElement,
  ) {}

  async refresh(filter: Filter): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;

    const jobs = await fetchQueue(filter, controller.signal);

    this.table.replaceChildren(...jobs.map(renderRow));
    this.emptyNote.hidden = jobs.length > 0;
    if (this.controller === controller) this.controller = null;
  }

  bind(tabs: NodeListOf<HTMLButtonElement>): void {
    tabs.forEach((tab) => {
      tab.addEventListener('click', () => {
        tabs.forEach((t) => t.setAttribute('aria-selected', String(t === tab)));
        this.refresh((tab.dataset.filter as Filter) ?? 'all').catch((err) => console.error(err));
      });
    });
  }

  dispose(): void {
    this.controller?.abort();
    this.controller = null;
  }
}
