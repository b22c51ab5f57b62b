// expect: no-unobserved-promise
// The cloth-stock lookup is started before validation; on the early 'needs-measurements' return or the throw it is abandoned, and its rejection goes unhandled.
export interface SailOrder {
  orderId: string;
  boatClass: string;
  sail: 'main' | 'jib' | 'genoa' | 'spinnaker';
  cloth: string;
  luffMm?: number;
  footMm?: number;
  leechMm?: number;
  rushDays?: number;
}

interface ClothStock {
  cloth: string;
  metresOnRoll: number;
  widthMm: number;
}

type IntakeResult =
  | { status: 'queued'; orderId: string; metresNeeded: number; cutDate: string }
  | { status: 'needs-measurements'; orderId: string; missing: string[] }
  | { status: 'backordered'; orderId: string; metresShort: number };

declare const warehouse: { stockFor(cloth: string): Promise<ClothStock> };
declare const cuttingSchedule: { book(orderId: string, metres: number, rushDays?: number): Promise<Date> };

const MAX_RUSH_DAYS = 14;

function metresNeeded(order: Required<Pick<SailOrder, 'luffMm' | 'footMm' | 'leechMm'>>, widthMm: number): number {
  // Heron's formula for the sail area, then panels laid across the cloth width with 12% waste.
  const [a, b, c] = [order.luffMm, order.footMm, order.leechMm].map((mm) => mm / 1000);
  const s = (a + b + c) / 2;
  const area = Math.sqrt(s * (s - a) * (s - b) * (s - c));
  return Math.ceil((area / (widthMm / 1000)) * 1.12 * 10) / 10;
}

export async function intakeOrder(order: SailOrder): Promise<IntakeResult> {
  const stockP = warehouse.stockFor(order.cloth);

  if (order.rushDays !== undefined && order.rushDays > MAX_RUSH_DAYS) {
    throw new Error(`order ${order.orderId}: rush window of ${order.rushDays} days is not a rush`);
  }

  const missing = (['luffMm', 'footMm', 'leechMm'] as const).filter((k) => !order[k]);
  if (missing.length > 0) {
    return { status: 'needs-measurements', orderId: order.orderId, missing };
  }

  const stock = await stockP;
  const needed = metresNeeded(
    { luffMm: order.luffMm!, footMm: order.footMm!, leechMm: order.leechMm! },
    stock.widthMm,
  );
  if (needed > stock.metresOnRoll) {
    return { status: 'backordered', orderId: order.orderId, metresShort: needed - stock.metresOnRoll };
  }

  const cutDate = await cuttingSchedule.book(order.orderId, needed, order.rushDays);
  return { status: 'queued', orderId: order.orderId, metresNeeded: needed, cutDate: cutDate.toISOString().slice(0, 10) };
}
