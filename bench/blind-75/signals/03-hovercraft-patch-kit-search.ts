// expect: no-swallowed-abort
// An aborted search is caught and returned as an empty result list, so callers cannot tell a cancelled query from one that genuinely matched nothing.
export interface PatchKit {
  sku: string;
  material: 'neoprene' | 'hypalon' | 'polyurethane';
  maxTearCm: number;
  priceCents: number;
  inStock: boolean;
}

export interface KitQuery {
  text: string;
  material?: PatchKit['material'];
  minTearCm?: number;
}

declare const partsCatalogue: {
  baseUrl: string;
};

declare const searchMetrics: {
  timing(name: string, ms: number): void;
};

function buildSearchUrl(query: KitQuery): string {
  const params = new URLSearchParams({ q: query.text.trim() });
  if (query.material) params.set('material', query.material);
  if (query.minTearCm !== undefined) params.set('min_tear_cm', String(query.minTearCm));
  return `${partsCatalogue.baseUrl}/kits/search?${params}`;
}

function rank(kits: PatchKit[], query: KitQuery): PatchKit[] {
  const needle = query.text.toLowerCase();
  return [...kits].sort((a, b) => {
    const stock = Number(b.inStock) - Number(a.inStock);
    if (stock !== 0) return stock;
    const exact = Number(b.sku.toLowerCase() === needle) - Number(a.sku.toLowerCase() === needle);
    if (exact !== 0) return exact;
    return a.priceCents - b.priceCents;
  });
}

export async function searchPatchKits(query: KitQuery, signal: AbortSignal): Promise<PatchKit[]> {
  if (query.text.trim().length < 2) return [];
  const started = performance.now();
  try {
    const res = await fetch(buildSearchUrl(query), { signal, headers: { accept: 'application/json' } });
    if (!res.ok) throw new Error(`patch kit search failed with ${res.status}`);
    const kits = (await res.json()) as PatchKit[];
    return rank(kits, query);
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') {
      return [];
    }
    throw err;
  } finally {
    searchMetrics.timing('patch_kit_search_ms', performance.now() - started);
  }
}

export class KitSearchBox {
  private controller: AbortController | undefined;
  private disposed = false;

  constructor(private readonly render: (kits: PatchKit[], query: KitQuery) => void) {}

  async update(query: KitQuery): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const kits = await searchPatchKits(query, controller.signal);
    if (!this.disposed) {
      this.render(kits, query);
    }
  }

  dispose(): void {
    this.disposed = true;
    this.controller?.abort();
    this.controller = undefined;
  }
}
