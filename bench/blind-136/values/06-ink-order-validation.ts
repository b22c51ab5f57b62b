// expect: none
// The async discontinued checks are resolved with Promise.all first and the filter then tests the resulting booleans by index.
export interface OrderLine {
  sku: string;
  bottles: number;
}

export interface WholesaleOrder {
  orderId: string;
  studio: string;
  lines: OrderLine[];
}

export interface CatalogDb {
  isDiscontinued(sku: string): Promise<boolean>;
  stockOf(sku: string): Promise<number>;
}

export interface ValidatedOrder {
  orderId: string;
  accepted: OrderLine[];
  discontinued: string[];
  backordered: { sku: string; missing: number }[];
}

export class InkOrderValidator {
  constructor(
    private readonly catalog: CatalogDb,
    private readonly maxBottlesPerLine = 240,
  ) {}

  async validate(order: WholesaleOrder): Promise<ValidatedOrder> {
    const lines = order.lines.filter((l) => l.bottles > 0 && l.bottles <= this.maxBottlesPerLine);

    const discontinuedFlags = await Promise.all(lines.map((l) => this.catalog.isDiscontinued(l.sku)));
    const live = lines.filter((_, i) => !discontinuedFlags[i]);
    const discontinued = lines.filter((_, i) => discontinuedFlags[i]).map((l) => l.sku);

    const stock = await Promise.all(live.map((l) => this.catalog.stockOf(l.sku)));
    const accepted: OrderLine[] = [];
    const backordered: ValidatedOrder['backordered'] = [];
    live.forEach((line, i) => {
      const available = stock[i];
      if (available >= line.bottles) {
        accepted.push(line);
        return;
      }
      if (available > 0) accepted.push({ sku: line.sku, bottles: available });
      backordered.push({ sku: line.sku, missing: line.bottles - Math.max(available, 0) });
    });

    return { orderId: order.orderId, accepted, discontinued, backordered };
  }

  static describe(v: ValidatedOrder): string {
    const parts = [`order ${v.orderId}: ${v.accepted.length} line(s) accepted`];
    if (v.discontinued.length) parts.push(`discontinued: ${v.discontinued.join(', ')}`);
    if (v.backordered.length) {
      parts.push(`backordered: ${v.backordered.map((b) => `${b.sku} x${b.missing}`).join(', ')}`);
    }
    return parts.join('; ');
  }
}
