// expect: require-signal-propagation
// The diagram fetch honours the caller's signal but the follow-up thumbnail fetch is made without it, so cancelling a gallery load leaves every thumbnail download running to completion.
export interface DiagramMeta {
  id: string;
  title: string;
  designer: string;
  difficulty: 1 | 2 | 3 | 4 | 5;
  thumbnailUrl: string;
}

export interface GalleryCard {
  id: string;
  caption: string;
  thumbnail: Blob;
}

export interface LoadOptions {
  signal?: AbortSignal;
  baseUrl: string;
}

async function fetchJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`GET ${url} failed with ${res.status}`);
  return (await res.json()) as T;
}

export async function loadCard(id: string, opts: LoadOptions): Promise<GalleryCard> {
  const meta = await fetchJson<DiagramMeta>(`${opts.baseUrl}/diagrams/${encodeURIComponent(id)}`, opts.signal);
  const thumbRes = await fetch(new URL(meta.thumbnailUrl, opts.baseUrl));
  if (!thumbRes.ok) throw new Error(`thumbnail for ${id} failed with ${thumbRes.status}`);
  const stars = '★'.repeat(meta.difficulty) + '☆'.repeat(5 - meta.difficulty);
  return {
    id: meta.id,
    caption: `${meta.title} by ${meta.designer} ${stars}`,
    thumbnail: await thumbRes.blob(),
  };
}

export class GalleryView {
  private controller: AbortController | undefined;

  constructor(private readonly root: HTMLElement, private readonly baseUrl: string) {}

  async show(ids: string[]): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const cards = await Promise.all(ids.map((id) => loadCard(id, { baseUrl: this.baseUrl, signal: controller.signal })));
    if (controller.signal.aborted) return;
    this.root.replaceChildren(...cards.map((c) => this.render(c)));
  }

  cancel(): void {
    this.controller?.abort();
    this.controller = undefined;
  }

  private render(card: GalleryCard): HTMLElement {
    const fig = document.createElement('figure');
    const img = document.createElement('img');
    img.src = URL.createObjectURL(card.thumbnail);
    img.alt = card.caption;
    const cap = document.createElement('figcaption');
    cap.textContent = card.caption;
    fig.append(img, cap);
    return fig;
  }
}
