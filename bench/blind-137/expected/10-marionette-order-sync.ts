// expect: none
// Every sync method is actually invoked inside Promise.all and the returned push promise comes from a call, so each await waits on real work.
export interface SupplierPortal {
  inventory(): Promise<Array<{ sku: string; onHand: number }>>;
  prices(): Promise<Array<{ sku: string; pricePerMetre: number }>>;
  submitOrders(orders: PurchaseOrder[]): Promise<{ accepted: number }>;
}

export interface PurchaseOrder {
  sku: string;
  metres: number;
  maxPricePerMetre: number;
}

export interface Need {
  sku: string;
  metres: number;
  budgetPerMetre: number;
}

export class StringSupplySync {
  private stock = new Map<string, number>();
  private priceList = new Map<string, number>();
  private lastSync = 0;

  constructor(private readonly portal: SupplierPortal) {}

  private async syncInventory(): Promise<void> {
    const rows = await this.portal.inventory();
    this.stock = new Map(rows.map((r) => [r.sku, r.onHand]));
  }

  private async syncPrices(): Promise<void> {
    const rows = await this.portal.prices();
    this.priceList = new Map(rows.map((r) => [r.sku, r.pricePerMetre]));
  }

  async sync(): Promise<void> {
    await Promise.all([this.syncInventory(), this.syncPrices()]);
    this.lastSync = Date.now();
  }

  private buildOrders(needs: Need[]): PurchaseOrder[] {
    return needs
      .filter((n) => (this.stock.get(n.sku) ?? 0) >= n.metres)
      .filter((n) => (this.priceList.get(n.sku) ?? Infinity) <= n.budgetPerMetre)
      .map((n) => ({ sku: n.sku, metres: n.metres, maxPricePerMetre: n.budgetPerMetre }));
  }

  private pushOrders(orders: PurchaseOrder[]): Promise<{ accepted: number }> {
    if (orders.length === 0) return Promise.resolve({ accepted: 0 });
    return this.portal.submitOrders(orders);
  }

  async reorder(needs: Need[], maxAgeMs = 15 * 60_000): Promise<{ accepted: number }> {
    if (Date.now() - this.lastSync > maxAgeMs) await this.sync();
    return this.pushOrders(this.buildOrders(needs));
  }
}
