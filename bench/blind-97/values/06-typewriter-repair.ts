// expect: none
// `if (this.refreshing)` tests whether an in-flight refresh promise exists (not its value) and returns that same promise to share it, and the tracker parameter is typed Promise<unknown>, so no promise stands in for a value.
import { readFile } from 'node:fs/promises';

export interface PartPrice {
  sku: string;
  name: string;
  cents: number;
}

export interface JobTracker {
  track(label: string, work: Promise<unknown>): void;
}

export class PriceBook {
  private prices = new Map<string, PartPrice>();
  private refreshing: Promise<number> | null = null;
  private loadedAt = 0;

  constructor(
    private readonly csvPath: string,
    private readonly tracker: JobTracker,
    private readonly maxAgeMs = 15 * 60_000,
  ) {}

  refresh(): Promise<number> {
    if (this.refreshing) return this.refreshing;
    const run = this.load().finally(() => {
      this.refreshing = null;
    });
    this.refreshing = run;
    this.tracker.track('price-book refresh', run);
    return run;
  }

  private async load(): Promise<number> {
    const text = await readFile(this.csvPath, 'utf8');
    const next = new Map<string, PartPrice>();
    for (const row of text.split('\n').slice(1)) {
      const [sku, name, cents] = row.split(',');
      if (!sku || !name) continue;
      next.set(sku.trim(), { sku: sku.trim(), name: name.trim(), cents: Number(cents) });
    }
    this.prices = next;
    this.loadedAt = Date.now();
    return next.size;
  }

  async price(sku: string): Promise<PartPrice> {
    if (Date.now() - this.loadedAt > this.maxAgeMs) {
      await this.refresh();
    }
    const hit = this.prices.get(sku);
    if (!hit) throw new Error(`unknown part ${sku}`);
    return hit;
  }
}

export async function invoiceLines(book: PriceBook, skus: string[]): Promise<string[]> {
  const parts = await Promise.all(skus.map((sku) => book.price(sku)));
  const lines = parts.map((p) => `${p.sku.padEnd(10)} ${p.name.padEnd(28)} $${(p.cents / 100).toFixed(2)}`);
  const total = parts.reduce((sum, p) => sum + p.cents, 0);
  return [...lines, `${'TOTAL'.padEnd(39)} $${(total / 100).toFixed(2)}`];
}
