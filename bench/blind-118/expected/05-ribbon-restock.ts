// expect: none
// Each loader is called inside the Promise.all array, so the restock waits for the three real results before computing the order.
export interface RibbonSku {
  sku: string;
  spool: 'universal' | 'olivetti' | 'olympia' | 'imperial' | 'royal';
  widthMm: 13 | 16;
}

export interface WorkshopInventory {
  onHand(): Promise<Map<string, number>>;
}

export interface RepairQueue {
  pendingMachines(): Promise<{ ticket: string; spool: RibbonSku['spool']; widthMm: 13 | 16 }[]>;
}

export interface SupplierCatalog {
  listSkus(): Promise<RibbonSku[]>;
}

export interface RestockLine {
  sku: string;
  quantity: number;
}

export class RibbonRestock {
  constructor(
    private readonly inventory: WorkshopInventory,
    private readonly queue: RepairQueue,
    private readonly catalog: SupplierCatalog,
    private readonly safetyStock = 2,
  ) {}

  private loadStock(): Promise<Map<string, number>> {
    return this.inventory.onHand();
  }

  private async loadDemand(): Promise<Map<string, number>> {
    const machines = await this.queue.pendingMachines();
    const demand = new Map<string, number>();
    for (const m of machines) {
      const key = `${m.spool}-${m.widthMm}`;
      demand.set(key, (demand.get(key) ?? 0) + 1);
    }
    return demand;
  }

  private loadSkus(): Promise<RibbonSku[]> {
    return this.catalog.listSkus();
  }

  async buildOrder(): Promise<RestockLine[]> {
    const [stock, demand, skus] = await Promise.all([this.loadStock(), this.loadDemand(), this.loadSkus()]);
    const lines: RestockLine[] = [];
    for (const sku of skus) {
      const key = `${sku.spool}-${sku.widthMm}`;
      const needed = (demand.get(key) ?? 0) + this.safetyStock - (stock.get(sku.sku) ?? 0);
      if (needed > 0) lines.push({ sku: sku.sku, quantity: needed });
    }
    return lines.sort((a, b) => b.quantity - a.quantity);
  }
}
