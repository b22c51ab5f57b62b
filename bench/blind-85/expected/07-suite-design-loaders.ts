// expect: none
// loaderFor() is declared to return a loader function, so returning the arrow-field loaders uncalled is its contract; the generator and prefetch() call each loader before yielding or awaiting it.
export interface SuiteDesign {
  theme: string;
  sculptor: string;
  blocks: number;
  lightingCues: string[];
  bedPlinthCm: [number, number, number];
}

export type DesignLoader = () => Promise<SuiteDesign>;

declare const designStore: {
  get(key: string): Promise<SuiteDesign | undefined>;
};
declare const archive: {
  fromSeason(year: number, theme: string): Promise<SuiteDesign>;
};

export class SuiteDesignCatalog {
  constructor(private readonly season: number) {}

  private readonly loadAurora: DesignLoader = async () => {
    const d = await designStore.get(`${this.season}/aurora`);
    return d ?? archive.fromSeason(this.season - 1, 'aurora');
  };

  private readonly loadReindeer: DesignLoader = async () => {
    const d = await designStore.get(`${this.season}/reindeer`);
    if (!d) throw new Error(`reindeer suite not drafted for ${this.season}`);
    return d;
  };

  private readonly loadCathedral: DesignLoader = () => archive.fromSeason(2019, 'cathedral');

  loaderFor(theme: string): DesignLoader {
    switch (theme) {
      case 'aurora':
        return this.loadAurora;
      case 'reindeer':
        return this.loadReindeer;
      case 'cathedral':
        return this.loadCathedral;
      default:
        return async () => {
          const d = await designStore.get(`${this.season}/${theme}`);
          if (!d) throw new Error(`no design for theme ${theme}`);
          return d;
        };
    }
  }

  async *designs(themes: string[]): AsyncGenerator<SuiteDesign> {
    for (const theme of themes) {
      const load = this.loaderFor(theme);
      yield await load();
    }
  }

  prefetch(themes: string[]): Promise<SuiteDesign[]> {
    return Promise.all(themes.map((t) => this.loaderFor(t)()));
  }
}

export async function blockBudget(catalog: SuiteDesignCatalog, themes: string[]): Promise<{ total: number; perTheme: Record<string, number> }> {
  const perTheme: Record<string, number> = {};
  let total = 0;
  for await (const design of catalog.designs(themes)) {
    perTheme[design.theme] = design.blocks;
    total += design.blocks;
  }
  return { total, perTheme };
}
