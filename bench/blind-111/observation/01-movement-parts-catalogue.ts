// expect: none
// Every allSettled result is inspected: fulfilled listings are merged and each rejected supplier is recorded, with an AggregateError when no supplier answered.
export interface PartQuery {
  calibre: string;
  part: 'mainspring' | 'balance-staff' | 'pallet-fork' | 'escape-wheel' | 'crown-wheel';
  maxPriceEur?: number;
}

export interface PartListing {
  supplier: string;
  sku: string;
  description: string;
  priceEur: number;
  newOldStock: boolean;
}

export interface PartsSupplier {
  readonly name: string;
  search(query: PartQuery): Promise<PartListing[]>;
}

export interface SupplierFailure {
  supplier: string;
  reason: string;
}

export interface CatalogueResult {
  query: PartQuery;
  listings: PartListing[];
  failures: SupplierFailure[];
}

export interface Logger {
  warn(message: string, meta?: Record<string, unknown>): void;
}

function describeReason(reason: unknown): string {
  if (reason instanceof Error) return `${reason.name}: ${reason.message}`;
  return String(reason);
}

export async function searchAllSuppliers(
  suppliers: PartsSupplier[],
  query: PartQuery,
  log: Logger,
): Promise<CatalogueResult> {
  const results = await Promise.allSettled(suppliers.map((s) => s.search(query)));

  const listings: PartListing[] = [];
  const failures: SupplierFailure[] = [];

  results.forEach((result, i) => {
    const supplier = suppliers[i].name;
    if (result.status === 'fulfilled') {
      listings.push(...result.value);
    } else {
      failures.push({ supplier, reason: describeReason(result.reason) });
      log.warn('parts supplier search failed', { supplier, calibre: query.calibre, reason: result.reason });
    }
  });

  if (suppliers.length > 0 && failures.length === suppliers.length) {
    throw new AggregateError(
      results.map((r) => (r.status === 'rejected' ? r.reason : undefined)),
      `no parts supplier answered for ${query.calibre} ${query.part}`,
    );
  }

  const affordable = listings
    .filter((l) => query.maxPriceEur === undefined || l.priceEur <= query.maxPriceEur)
    .sort((a, b) => Number(b.newOldStock) - Number(a.newOldStock) || a.priceEur - b.priceEur);

  return { query, listings: affordable, failures };
}

export function cheapestGenuine(result: CatalogueResult): PartListing | undefined {
  return result.listings.find((l) => l.newOldStock) ?? result.listings[0];
}
