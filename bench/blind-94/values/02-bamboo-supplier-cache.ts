// expect: none
// The Map deliberately stores promises: the truthiness check is on a Map lookup to dedupe in-flight loads, and every value read is awaited.
interface PoleBatch {
  supplier: string;
  species: 'moso' | 'guadua' | 'dendrocalamus';
  count: number;
  avgDiameterMm: number;
  treatedWith?: 'borax' | 'smoke' | 'none';
}

declare const supplierApi: { stock(supplier: string): Promise<PoleBatch[]> };

export class SupplierStockCache {
  private readonly inFlight = new Map<string, Promise<PoleBatch[]>>();
  private readonly loadedAt = new Map<string, number>();

  constructor(private readonly ttlMs = 5 * 60_000) {}

  stock(supplier: string): Promise<PoleBatch[]> {
    const loaded = this.loadedAt.get(supplier);
    const fresh = loaded !== undefined && Date.now() - loaded < this.ttlMs;
    let pending = this.inFlight.get(supplier);
    if (pending && (fresh || loaded === undefined)) {
      return pending;
    }
    pending = supplierApi.stock(supplier).then(
      (batches) => {
        this.loadedAt.set(supplier, Date.now());
        return batches;
      },
      (err: unknown) => {
        this.inFlight.delete(supplier);
        throw err;
      },
    );
    this.inFlight.set(supplier, pending);
    return pending;
  }

  invalidate(supplier: string): void {
    this.inFlight.delete(supplier);
    this.loadedAt.delete(supplier);
  }
}

export async function polesForJob(
  cache: SupplierStockCache,
  suppliers: string[],
  needed: number,
  minDiameterMm: number,
): Promise<string> {
  const stocks = await Promise.all(suppliers.map((s) => cache.stock(s)));
  const usable = stocks
    .flat()
    .filter((b) => b.avgDiameterMm >= minDiameterMm && b.treatedWith !== 'none');
  const total = usable.reduce((sum, b) => sum + b.count, 0);
  const best = usable.sort((a, b) => b.count - a.count)[0];
  return total >= needed
    ? `${total} treated poles ≥${minDiameterMm}mm available; largest lot from ${best?.supplier ?? 'n/a'}`
    : `only ${total} of ${needed} poles available — split the order or drop to thinner culms`;
}
