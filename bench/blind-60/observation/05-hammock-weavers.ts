// expect: none
// All validation (and its throws) happens before any cord reservation starts, and every started reservation is collected by one Promise.allSettled whose results are checked by status.
export interface HammockOrder {
  orderId: string;
  style: 'mayan' | 'brazilian' | 'nicaraguan';
  colours: string[];
  lengthCm: number;
  spreaderBars: boolean;
}

export interface CordLot {
  colour: string;
  metres: number;
  lotId: string;
}

declare const cordInventory: {
  reserve(colour: string, metres: number, orderId: string): Promise<CordLot>;
  release(lotId: string): Promise<void>;
};
declare const weavers: {
  assign(orderId: string, lots: CordLot[], style: HammockOrder['style']): Promise<string>;
};

const METRES_PER_CM: Record<HammockOrder['style'], number> = {
  mayan: 2.4,
  brazilian: 1.6,
  nicaraguan: 1.9,
};

export class OrderValidationError extends Error {
  constructor(readonly orderId: string, readonly problems: string[]) {
    super(`order ${orderId}: ${problems.join('; ')}`);
    this.name = 'OrderValidationError';
  }
}

function validate(order: HammockOrder): string[] {
  const problems: string[] = [];
  if (order.colours.length === 0) problems.push('no colours chosen');
  if (order.colours.length > 5) problems.push('at most five colours per hammock');
  if (order.lengthCm < 180 || order.lengthCm > 420) problems.push(`length ${order.lengthCm}cm out of range`);
  if (order.style === 'brazilian' && order.spreaderBars) {
    problems.push('brazilian hammocks are woven fabric and do not take spreader bars');
  }
  return problems;
}

function cordPlan(order: HammockOrder): Map<string, number> {
  const total = order.lengthCm * METRES_PER_CM[order.style];
  const plan = new Map<string, number>();
  order.colours.forEach((colour, i) => {
    // The first colour forms the body; the rest share the edging equally.
    const share = i === 0 ? 0.6 : 0.4 / Math.max(1, order.colours.length - 1);
    plan.set(colour, Math.ceil(total * (order.colours.length === 1 ? 1 : share)));
  });
  return plan;
}

export async function scheduleOrder(order: HammockOrder): Promise<string | null> {
  const problems = validate(order);
  if (problems.length > 0) throw new OrderValidationError(order.orderId, problems);

  const plan = cordPlan(order);
  if (plan.size === 0) return null;

  const reservations = [...plan].map(([colour, metres]) =>
    cordInventory.reserve(colour, metres, order.orderId),
  );
  const settled = await Promise.allSettled(reservations);

  const lots: CordLot[] = [];
  const failures: string[] = [];
  for (const r of settled) {
    if (r.status === 'fulfilled') lots.push(r.value);
    else failures.push(r.reason instanceof Error ? r.reason.message : String(r.reason));
  }

  if (failures.length > 0) {
    await Promise.all(lots.map((lot) => cordInventory.release(lot.lotId)));
    throw new OrderValidationError(order.orderId, failures);
  }
  return weavers.assign(order.orderId, lots, order.style);
}
