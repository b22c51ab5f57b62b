// expect: no-unobserved-promise
// The supplier price request is started before the stock levels are awaited but has no handler yet, so if the supplier API rejects while the stock query is still running the rejection is reported as unhandled (and can crash the process) before the second await is reached.
export interface InkLevel {
  sku: string;
  brand: string;
  colour: string;
  bottlesOnHand: number;
  mlOpen: number;
}

export interface SupplierPrice {
  sku: string;
  unitPrice: number;
  packSize: number;
  leadDays: number;
}

export interface StudioInventory {
  levels(studioId: string): Promise<InkLevel[]>;
}

export interface SupplierCatalogue {
  prices(skus?: string[]): Promise<SupplierPrice[]>;
}

export interface ReorderLine {
  sku: string;
  label: string;
  packs: number;
  cost: number;
  arrivesInDays: number;
}

const MIN_BOTTLES = 2;

function packsNeeded(level: InkLevel, price: SupplierPrice): number {
  const shortfall = MIN_BOTTLES - level.bottlesOnHand + (level.mlOpen < 5 ? 1 : 0);
  return shortfall <= 0 ? 0 : Math.ceil(shortfall / price.packSize);
}

export class ReorderPlanner {
  constructor(
    private readonly inventory: StudioInventory,
    private readonly supplier: SupplierCatalogue,
  ) {}

  async plan(studioId: string): Promise<ReorderLine[]> {
    const levelsRequest = this.inventory.levels(studioId);
    const pricesRequest = this.supplier.prices();

    const levels = await levelsRequest;
    const prices = new Map((await pricesRequest).map((p) => [p.sku, p]));

    const lines: ReorderLine[] = [];
    for (const level of levels) {
      const price = prices.get(level.sku);
      if (!price) continue;
      const packs = packsNeeded(level, price);
      if (packs === 0) continue;
      lines.push({
        sku: level.sku,
        label: `${level.brand} ${level.colour}`,
        packs,
        cost: Math.round(packs * price.unitPrice * 100) / 100,
        arrivesInDays: price.leadDays,
      });
    }
    return lines.sort((a, b) => b.arrivesInDays - a.arrivesInDays || a.sku.localeCompare(b.sku));
  }
}

export function orderTotal(lines: ReorderLine[]): number {
  return Math.round(lines.reduce((sum, line) => sum + line.cost, 0) * 100) / 100;
}
