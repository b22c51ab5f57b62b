// expect: no-promise-as-value
// `supplierOverride` is an async lookup, so the `??` fallback never applies and a Promise lands in the alert payload.
interface StockLevel {
  sku: string;
  branchId: string;
  onHand: number;
  dailyUsage: number;
}

interface ReorderAlert {
  sku: string;
  branchId: string;
  daysOfCover: number;
  suggestedQty: number;
  supplier: unknown;
  raisedAt: string;
}

declare const formulary: {
  defaultSupplier(sku: string): string;
  supplierOverride(branchId: string, sku: string): Promise<string | undefined>;
  leadTimeDays(sku: string): Promise<number>;
};

declare function sendAlert(channel: string, payload: ReorderAlert): Promise<void>;

const SAFETY_DAYS = 3;

function daysOfCover(level: StockLevel): number {
  if (level.dailyUsage <= 0) return Number.POSITIVE_INFINITY;
  return level.onHand / level.dailyUsage;
}

export async function checkBranch(levels: StockLevel[], channel = 'pharmacy-stock'): Promise<number> {
  let raised = 0;

  for (const level of levels) {
    const cover = daysOfCover(level);
    const leadTime = await formulary.leadTimeDays(level.sku);
    if (cover > leadTime + SAFETY_DAYS) continue;

    const targetDays = leadTime + SAFETY_DAYS * 2;
    const suggestedQty = Math.max(0, Math.ceil(targetDays * level.dailyUsage - level.onHand));
    if (suggestedQty === 0) continue;

    const supplier = formulary.supplierOverride(level.branchId, level.sku) ?? formulary.defaultSupplier(level.sku);

    await sendAlert(channel, {
      sku: level.sku,
      branchId: level.branchId,
      daysOfCover: Math.round(cover * 10) / 10,
      suggestedQty,
      supplier,
      raisedAt: new Date().toISOString(),
    });
    raised++;
  }

  return raised;
}

export function summarize(levels: StockLevel[]): string {
  const critical = levels.filter((l) => daysOfCover(l) < SAFETY_DAYS);
  return `${critical.length}/${levels.length} SKUs below ${SAFETY_DAYS} days of cover`;
}
