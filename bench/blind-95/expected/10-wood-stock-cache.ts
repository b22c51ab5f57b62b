// expect: none
// The cached inventory promise is shared on purpose between concurrent callers of the same load, and it is dropped from the cache when it rejects so the next call starts a genuinely new request instead of re-awaiting the failed one.
export interface Billet {
  id: string;
  species: 'spruce' | 'maple' | 'ebony' | 'boxwood';
  use: 'top' | 'back' | 'neck' | 'fingerboard' | 'pegs';
  grade: 'AAA' | 'AA' | 'A';
  seasonedSince: number;
}

export interface SupplierApi {
  inventory(supplierId: string): Promise<Billet[]>;
}

interface CacheEntry {
  loadedAt: number;
  billets: Promise<Billet[]>;
}

export class WoodStockCache {
  private readonly entries = new Map<string, CacheEntry>();

  constructor(
    private readonly api: SupplierApi,
    private readonly ttlMs = 6 * 60 * 60_000,
  ) {}

  inventory(supplierId: string): Promise<Billet[]> {
    const hit = this.entries.get(supplierId);
    if (hit && Date.now() - hit.loadedAt < this.ttlMs) return hit.billets;

    const billets = this.api.inventory(supplierId);
    const entry: CacheEntry = { loadedAt: Date.now(), billets };
    this.entries.set(supplierId, entry);

    billets.catch(() => {
      // only evict our own entry; a newer load may already have replaced it
      if (this.entries.get(supplierId) === entry) this.entries.delete(supplierId);
    });
    return billets;
  }

  invalidate(supplierId?: string): void {
    if (supplierId) this.entries.delete(supplierId);
    else this.entries.clear();
  }
}

export async function findTopwood(cache: WoodStockCache, suppliers: string[], minYears = 10): Promise<Billet[]> {
  const now = new Date().getFullYear();
  const lists = await Promise.all(suppliers.map((s) => cache.inventory(s)));
  return lists
    .flat()
    .filter((b) => b.use === 'top' && b.species === 'spruce' && now - b.seasonedSince >= minYears)
    .sort((a, b) => a.grade.localeCompare(b.grade) || a.seasonedSince - b.seasonedSince);
}

export async function loadWithOneRetry(cache: WoodStockCache, supplierId: string): Promise<Billet[]> {
  try {
    return await cache.inventory(supplierId);
  } catch {
    // the failed promise has been evicted, so this is a new request to the supplier
    return cache.inventory(supplierId);
  }
}
