// expect: none
// The async callbacks given to map are collected and awaited with Promise.all, and the readline lines are consumed with for-await, so every restock write is awaited.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface RibbonSku {
  sku: string;
  fits: string[];
  onHand: number;
  reorderAt: number;
  supplier: string;
}

export interface InventoryDb {
  getSku(sku: string): Promise<RibbonSku | null>;
  adjust(sku: string, delta: number, reason: string): Promise<void>;
}

export interface SupplierPortal {
  placeOrder(supplier: string, lines: { sku: string; qty: number }[]): Promise<{ poNumber: string }>;
}

interface SaleLine {
  sku: string;
  qty: number;
}

function parseSale(line: string): SaleLine | null {
  const [sku, qty] = line.split(',').map((s) => s.trim());
  const n = Number(qty);
  if (!sku || !Number.isInteger(n) || n <= 0) return null;
  return { sku, qty: n };
}

export class RestockJob {
  constructor(private readonly db: InventoryDb, private readonly portal: SupplierPortal) {}

  async applySalesFile(path: string): Promise<Set<string>> {
    const touched = new Set<string>();
    const rl = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
    for await (const raw of rl) {
      const sale = parseSale(raw);
      if (!sale) continue;
      await this.db.adjust(sale.sku, -sale.qty, `sale import ${path}`);
      touched.add(sale.sku);
    }
    return touched;
  }

  async reorder(skus: Iterable<string>): Promise<string[]> {
    const rows = await Promise.all([...skus].map(async (sku) => this.db.getSku(sku)));
    const low = rows.filter((r): r is RibbonSku => r !== null && r.onHand <= r.reorderAt);

    const bySupplier = new Map<string, { sku: string; qty: number }[]>();
    for (const r of low) {
      const lines = bySupplier.get(r.supplier) ?? [];
      lines.push({ sku: r.sku, qty: Math.max(r.reorderAt * 2 - r.onHand, 1) });
      bySupplier.set(r.supplier, lines);
    }

    const orders = await Promise.all(
      [...bySupplier].map(async ([supplier, lines]) => {
        const { poNumber } = await this.portal.placeOrder(supplier, lines);
        return poNumber;
      }),
    );
    return orders;
  }

  async run(salesFile: string): Promise<string[]> {
    const touched = await this.applySalesFile(salesFile);
    return this.reorder(touched);
  }
}
