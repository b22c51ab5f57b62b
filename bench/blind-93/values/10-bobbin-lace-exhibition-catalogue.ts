// expect: none
// `if (this.loading)` tests a Promise|null memo field on purpose, and trackProgress() is typed to take the promise it is given.
export interface Exhibit {
  id: string;
  maker: string;
  title: string;
  technique: string;
  pricking: string;
  threadCount: number;
}

declare const archive: { list(exhibition: string): Promise<Exhibit[]> };
declare const thumbs: { render(pricking: string, widthPx: number): Promise<string> };
declare const ui: { spinner(label: string): { stop(ok: boolean): void } };

export async function trackProgress<T>(label: string, work: Promise<T>): Promise<T> {
  const spin = ui.spinner(label);
  try {
    const value = await work;
    spin.stop(true);
    return value;
  } catch (err) {
    spin.stop(false);
    throw err;
  }
}

export class ExhibitionCatalogue {
  private exhibits: Exhibit[] | null = null;
  private loading: Promise<Exhibit[]> | null = null;

  constructor(private readonly exhibition: string) {}

  load(): Promise<Exhibit[]> {
    if (this.exhibits) return Promise.resolve(this.exhibits);
    if (this.loading) return this.loading;

    this.loading = trackProgress(`Loading ${this.exhibition}`, archive.list(this.exhibition))
      .then((list) => {
        this.exhibits = list.sort((a, b) => a.maker.localeCompare(b.maker));
        return this.exhibits;
      })
      .finally(() => {
        this.loading = null;
      });
    return this.loading;
  }

  async renderPage(page: number, perPage = 12): Promise<string> {
    const exhibits = await this.load();
    const slice = exhibits.slice(page * perPage, (page + 1) * perPage);
    const cards = await Promise.all(
      slice.map(async (e) => {
        const img = await thumbs.render(e.pricking, 240);
        return `<figure><img src="${img}" alt="${e.title}"><figcaption>${e.title} — ${e.maker} (${e.technique}, ${e.threadCount} pairs)</figcaption></figure>`;
      }),
    );
    return `<section class="catalogue" data-page="${page}">${cards.join('')}</section>`;
  }

  async makers(): Promise<string[]> {
    const exhibits = await this.load();
    return [...new Set(exhibits.map((e) => e.maker))];
  }
}
