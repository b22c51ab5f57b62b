// expect: no-multiple-settle
// In lotsAwaitingMelt the driver callback rejects on error but falls through to resolve(rows), so the error path settles twice.
export type WaxKind = "paraffin" | "soy" | "beeswax" | "blend";

export interface WaxLotRow {
  lot_id: string;
  kind: WaxKind;
  grams: number;
  dominant_color: string | null;
  scented: 0 | 1;
  received_at: string;
}

export interface WaxLot {
  lotId: string;
  kind: WaxKind;
  grams: number;
  color: string;
  scented: boolean;
  receivedAt: Date;
}

type RowsCallback<R> = (err: Error | null, rows: R[]) => void;
type RunCallback = (err: Error | null, info: { changes: number }) => void;

declare const ledgerDb: {
  all<R>(sql: string, params: unknown[], cb: RowsCallback<R>): void;
  run(sql: string, params: unknown[], cb: RunCallback): void;
};

export class LedgerError extends Error {
  constructor(message: string, readonly sql: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "LedgerError";
  }
}

function normalize(row: WaxLotRow): WaxLot {
  return {
    lotId: row.lot_id,
    kind: row.kind,
    grams: row.grams,
    color: row.dominant_color ?? "undyed",
    scented: row.scented === 1,
    receivedAt: new Date(row.received_at),
  };
}

export function lotsAwaitingMelt(kind: WaxKind, minGrams: number): Promise<WaxLot[]> {
  const sql =
    "SELECT * FROM wax_lots WHERE kind = ? AND grams >= ? AND melted_batch IS NULL ORDER BY received_at";
  return new Promise<WaxLot[]>((resolve, reject) => {
    ledgerDb.all<WaxLotRow>(sql, [kind, minGrams], (err, rows) => {
      if (err) {
        reject(new LedgerError(`could not list ${kind} lots`, sql, { cause: err }));
      }
      resolve(rows.map(normalize));
    });
  });
}

export function markMelted(lotIds: string[], batchId: string): Promise<number> {
  const placeholders = lotIds.map(() => "?").join(", ");
  const sql = `UPDATE wax_lots SET melted_batch = ? WHERE lot_id IN (${placeholders}) AND melted_batch IS NULL`;
  return new Promise<number>((resolve, reject) => {
    ledgerDb.run(sql, [batchId, ...lotIds], (err, info) => {
      if (err) {
        reject(new LedgerError(`could not mark batch ${batchId}`, sql, { cause: err }));
        return;
      }
      resolve(info.changes);
    });
  });
}

export interface MeltPlan {
  batchId: string;
  lots: WaxLot[];
  totalGrams: number;
}

export function planMelt(lots: WaxLot[], vatCapacityGrams: number, batchId: string): MeltPlan {
  const chosen: WaxLot[] = [];
  let total = 0;
  // Group by color so a batch does not come out muddy.
  const byColor = [...lots].sort((a, b) => a.color.localeCompare(b.color));
  for (const lot of byColor) {
    if (total + lot.grams > vatCapacityGrams) {
      continue;
    }
    if (chosen.length > 0 && chosen[0].scented !== lot.scented) {
      continue;
    }
    chosen.push(lot);
    total += lot.grams;
  }
  return { batchId, lots: chosen, totalGrams: total };
}

export async function scheduleNextMelt(kind: WaxKind, vatCapacityGrams: number): Promise<MeltPlan | null> {
  const lots = await lotsAwaitingMelt(kind, 50);
  if (lots.length === 0) {
    return null;
  }
  const batchId = `${kind}-${Date.now().toString(36)}`;
  const plan = planMelt(lots, vatCapacityGrams, batchId);
  if (plan.lots.length === 0) {
    return null;
  }
  const changed = await markMelted(plan.lots.map((l) => l.lotId), batchId);
  if (changed !== plan.lots.length) {
    throw new Error(`batch ${batchId}: expected ${plan.lots.length} lots, ledger updated ${changed}`);
  }
  return plan;
}
