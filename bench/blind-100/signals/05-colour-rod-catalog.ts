// expect: no-swallowed-abort
// The catch-all returns the cached catalogue for any failure, so when the picker aborts a stale load the AbortError is turned into a normal result and the superseded request still overwrites the swatch list.
export interface ColourRod {
  code: string;
  name: string;
  coe: 90 | 96 | 104;
  transparent: boolean;
  pricePerKg: number;
}

export interface CatalogPage {
  supplier: string;
  rods: ColourRod[];
  fetchedAt: number;
}

export class ColourCatalog {
  private cache = new Map<string, CatalogPage>();
  private inflight: AbortController | null = null;

  constructor(
    private readonly baseUrl: string,
    private readonly render: (page: CatalogPage) => void,
  ) {}

  async load(supplier: string, signal: AbortSignal): Promise<CatalogPage> {
    try {
      const res = await fetch(`${this.baseUrl}/suppliers/${supplier}/rods`, { signal });
      if (!res.ok) throw new Error(`catalogue ${supplier}: ${res.status}`);
      const page: CatalogPage = { supplier, rods: (await res.json()) as ColourRod[], fetchedAt: Date.now() };
      this.cache.set(supplier, page);
      return page;
    } catch {
      return this.cache.get(supplier) ?? { supplier, rods: [], fetchedAt: 0 };
    }
  }

  async select(supplier: string): Promise<void> {
    this.inflight?.abort();
    const controller = new AbortController();
    this.inflight = controller;
    const page = await this.load(supplier, controller.signal);
    this.render(page);
    if (this.inflight === controller) this.inflight = null;
  }

  compatible(page: CatalogPage, coe: ColourRod['coe']): ColourRod[] {
    return page.rods.filter((r) => r.coe === coe).sort((a, b) => a.name.localeCompare(b.name));
  }
}
