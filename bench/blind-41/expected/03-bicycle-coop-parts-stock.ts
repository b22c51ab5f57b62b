// expect: no-uncalled-async-function
// When the warehouse responds non-OK, the then callback returns loadCachedStock itself instead of calling it, so parseStock gets a function.
import { readFile, writeFile } from 'node:fs/promises';

export interface PartStock {
  sku: string;
  description: string;
  onHand: number;
  binLocation: string;
  donated: boolean;
}

declare const coopConfig: {
  warehouseUrl: string;
  cacheFile: string;
};

declare const shopLog: {
  warn(msg: string, meta?: Record<string, unknown>): void;
};

async function loadCachedStock(): Promise<unknown> {
  try {
    return JSON.parse(await readFile(coopConfig.cacheFile, 'utf8'));
  } catch {
    return [];
  }
}

function parseStock(raw: unknown): PartStock[] {
  if (!Array.isArray(raw)) {
    shopLog.warn('stock payload was not an array', { type: typeof raw });
    return [];
  }
  return raw
    .filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null)
    .map((r) => ({
      sku: String(r.sku ?? ''),
      description: String(r.description ?? ''),
      onHand: Number(r.onHand ?? 0),
      binLocation: String(r.bin ?? 'unsorted'),
      donated: Boolean(r.donated),
    }))
    .filter((p) => p.sku.length > 0);
}

export async function fetchPartsStock(): Promise<PartStock[]> {
  const raw: unknown = await fetch(`${coopConfig.warehouseUrl}/stock`, {
    headers: { accept: 'application/json' },
  }).then((res) => (res.ok ? res.json() : loadCachedStock));

  const stock = parseStock(raw);
  if (stock.length > 0) {
    await writeFile(coopConfig.cacheFile, JSON.stringify(raw), 'utf8');
  }
  return stock;
}

export async function partsForRepair(kind: 'flat' | 'brakes' | 'drivetrain'): Promise<PartStock[]> {
  const wanted: Record<typeof kind, RegExp> = {
    flat: /tube|patch|tyre|tire/i,
    brakes: /pad|cable|caliper|rotor/i,
    drivetrain: /chain|cassette|derailleur|crank/i,
  };
  const stock = await fetchPartsStock();
  return stock
    .filter((p) => p.onHand > 0 && wanted[kind].test(p.description))
    .sort((a, b) => Number(b.donated) - Number(a.donated) || b.onHand - a.onHand);
}

export function lowStockReport(stock: PartStock[], threshold = 3): string {
  const low = stock.filter((p) => p.onHand <= threshold);
  if (low.length === 0) return 'All parts above threshold.';
  return low.map((p) => `${p.sku.padEnd(12)} ${String(p.onHand).padStart(3)}  ${p.binLocation}  ${p.description}`).join('\n');
}
