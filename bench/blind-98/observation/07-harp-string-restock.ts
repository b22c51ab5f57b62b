// expect: no-floating-promises
// The lowStock.map(async …) result is dropped, so restock() reports orders as placed before any quote or order has happened and a supplier failure becomes an unhandled rejection.
export interface StringItem {
  sku: string;
  octave: number;
  note: string;
  material: 'gut' | 'nylon' | 'wire';
  onHand: number;
  reorderAt: number;
  reorderQty: number;
}

export interface SupplierQuote {
  sku: string;
  unitCents: number;
  leadDays: number;
}

export interface StringSupplier {
  quote(sku: string, qty: number): Promise<SupplierQuote>;
}

export interface PurchaseOrders {
  place(sku: string, qty: number, unitCents: number): Promise<string>;
}

export interface RestockReport {
  checked: number;
  ordered: string[];
  skipped: string[];
}

export class Restocker {
  constructor(
    private readonly supplier: StringSupplier,
    private readonly orders: PurchaseOrders,
    private readonly maxUnitCents: Record<StringItem['material'], number>,
  ) {}

  async restock(inventory: readonly StringItem[]): Promise<RestockReport> {
    const lowStock = inventory.filter((item) => item.onHand <= item.reorderAt);
    const report: RestockReport = { checked: inventory.length, ordered: [], skipped: [] };

    lowStock.map(async (item) => {
      const quote = await this.supplier.quote(item.sku, item.reorderQty);
      if (quote.unitCents > this.maxUnitCents[item.material]) {
        report.skipped.push(`${item.sku} (${item.note}${item.octave}) quoted at ${quote.unitCents}¢`);
        return;
      }
      const poNumber = await this.orders.place(item.sku, item.reorderQty, quote.unitCents);
      report.ordered.push(`${poNumber}: ${item.reorderQty}× ${item.sku}, ${quote.leadDays}d lead`);
    });

    return report;
  }
}

export function formatReport(report: RestockReport): string {
  const lines = [`checked ${report.checked} string SKUs`];
  if (report.ordered.length > 0) lines.push('ordered:', ...report.ordered.map((o) => `  ${o}`));
  if (report.skipped.length > 0) lines.push('over budget:', ...report.skipped.map((s) => `  ${s}`));
  return lines.join('\n');
}
