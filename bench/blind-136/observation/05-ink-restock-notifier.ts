// expect: no-unchecked-settled-results
// The allSettled results are only counted, so suppliers whose restock email failed are still reported as notified and never retried.
export interface InkSku {
  sku: string;
  name: string;
  supplierId: string;
  onHandBottles: number;
  reorderPoint: number;
  reorderQty: number;
}

export interface Supplier {
  id: string;
  name: string;
  orderEmail: string;
}

export interface Mailer {
  send(msg: { to: string; subject: string; text: string }): Promise<{ messageId: string }>;
}

export interface InventoryDb {
  lowStock(): Promise<InkSku[]>;
  suppliers(ids: string[]): Promise<Supplier[]>;
  markReorderRequested(skus: string[], at: Date): Promise<void>;
}

export interface RestockRun {
  lowSkus: number;
  suppliersNotified: number;
}

function groupBySupplier(skus: InkSku[]): Map<string, InkSku[]> {
  const groups = new Map<string, InkSku[]>();
  for (const s of skus) {
    const list = groups.get(s.supplierId) ?? [];
    list.push(s);
    groups.set(s.supplierId, list);
  }
  return groups;
}

function orderText(supplier: Supplier, skus: InkSku[]): string {
  const lines = skus.map((s) => `- ${s.sku} ${s.name}: ${s.reorderQty} bottles (on hand ${s.onHandBottles})`);
  return [`Dear ${supplier.name},`, '', 'Please restock the following inks:', ...lines, '', 'Thank you.'].join('\n');
}

export class InkRestockNotifier {
  constructor(
    private readonly db: InventoryDb,
    private readonly mailer: Mailer,
  ) {}

  async run(now = new Date()): Promise<RestockRun> {
    const low = (await this.db.lowStock()).filter((s) => s.onHandBottles <= s.reorderPoint);
    if (low.length === 0) return { lowSkus: 0, suppliersNotified: 0 };

    const bySupplier = groupBySupplier(low);
    const suppliers = await this.db.suppliers([...bySupplier.keys()]);

    const results = await Promise.allSettled(
      suppliers.map((supplier) =>
        this.mailer.send({
          to: supplier.orderEmail,
          subject: `Restock request ${now.toISOString().slice(0, 10)}`,
          text: orderText(supplier, bySupplier.get(supplier.id) ?? []),
        }),
      ),
    );

    await this.db.markReorderRequested(
      low.map((s) => s.sku),
      now,
    );
    return { lowSkus: low.length, suppliersNotified: results.length };
  }
}
