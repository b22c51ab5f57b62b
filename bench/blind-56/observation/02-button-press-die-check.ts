// expect: none
// The die inspection starts early but is converted to a non-rejecting outcome with .then(ok, fail) on the spot, so nothing can reject unobserved before it is awaited.
export interface PressOrder {
  orderId: string;
  style: 'four-hole' | 'shank' | 'toggle';
  diameterMm: number;
  material: 'corozo' | 'horn' | 'resin' | 'brass';
  quantity: number;
}

export interface DieReport {
  dieId: string;
  wearMicrons: number;
  cracked: boolean;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

declare const presses: {
  inspectDie(pressId: string): Promise<DieReport>;
  stamp(pressId: string, blanks: number, style: PressOrder['style']): Promise<number>;
};

declare const orderQueue: {
  next(pressId: string): Promise<PressOrder | null>;
  complete(orderId: string, produced: number): Promise<void>;
  requeue(orderId: string, reason: string): Promise<void>;
};

declare const blankStock: {
  pull(material: PressOrder['material'], diameterMm: number, count: number): Promise<number>;
  reserveWaste(material: PressOrder['material'], count: number): Promise<void>;
};

function settleToOutcome<T>(p: Promise<T>): Promise<Outcome<T>> {
  return p.then(
    (value): Outcome<T> => ({ ok: true, value }),
    (error: unknown): Outcome<T> => ({ ok: false, error }),
  );
}

const MAX_WEAR_MICRONS = 40;

export async function runNextOrder(pressId: string): Promise<string | null> {
  const dieCheck = settleToOutcome(presses.inspectDie(pressId));

  const order = await orderQueue.next(pressId);
  if (!order) {
    await dieCheck;
    return null;
  }

  const scrapAllowance = Math.ceil(order.quantity * 0.04);
  const [blanks] = await Promise.all([
    blankStock.pull(order.material, order.diameterMm, order.quantity + scrapAllowance),
    blankStock.reserveWaste(order.material, scrapAllowance),
  ]);

  const die = await dieCheck;
  if (!die.ok) {
    await orderQueue.requeue(order.orderId, `die inspection failed: ${String(die.error)}`);
    return null;
  }
  if (die.value.cracked || die.value.wearMicrons > MAX_WEAR_MICRONS) {
    await orderQueue.requeue(order.orderId, `die ${die.value.dieId} needs regrinding`);
    return null;
  }

  const produced = await presses.stamp(pressId, blanks, order.style);
  await orderQueue.complete(order.orderId, Math.min(produced, order.quantity));
  return order.orderId;
}

export async function drainPress(pressId: string, maxOrders: number): Promise<string[]> {
  const done: string[] = [];
  for (let i = 0; i < maxOrders; i++) {
    const orderId = await runNextOrder(pressId);
    if (orderId === null) break;
    done.push(orderId);
  }
  return done;
}
