// expect: none
// The early-started quote promise gets its rejection handler attached immediately via .then(ok, err), so awaiting other work first cannot leave a rejection unobserved.
export interface KaleidoscopeOrder {
  orderId: string;
  customer: string;
  mirrorConfig: '2-mirror' | '3-mirror' | 'tapered';
  objectCell: 'oil' | 'dry' | 'wand';
  tubeMaterial: 'brass' | 'walnut' | 'acrylic';
  quantity: number;
}

interface GlassQuote {
  supplier: string;
  pricePerSet: number;
  leadDays: number;
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: Error };

declare const glassSupplier: {
  quote(config: KaleidoscopeOrder['mirrorConfig'], sets: number): Promise<GlassQuote>;
};

declare const workshop: {
  tubeStock(material: KaleidoscopeOrder['tubeMaterial']): Promise<number>;
  benchHoursFree(days: number): Promise<number>;
  saveEstimate(orderId: string, estimate: Estimate): Promise<void>;
};

export interface Estimate {
  orderId: string;
  total: number;
  readyInDays: number;
  notes: string[];
}

const HOURS_PER_SCOPE: Record<KaleidoscopeOrder['objectCell'], number> = { oil: 3.5, dry: 2.5, wand: 3 };
const TUBE_PRICE = { brass: 42, walnut: 35, acrylic: 12 } as const;
const FALLBACK_GLASS_PRICE = 28;

function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error: error instanceof Error ? error : new Error(String(error)) }),
  );
}

export async function estimateOrder(order: KaleidoscopeOrder): Promise<Estimate> {
  const glass = settle(glassSupplier.quote(order.mirrorConfig, order.quantity));

  const tubes = await workshop.tubeStock(order.tubeMaterial);
  const hoursFree = await workshop.benchHoursFree(14);

  const notes: string[] = [];
  const hoursNeeded = HOURS_PER_SCOPE[order.objectCell] * order.quantity;
  let readyInDays = Math.ceil((hoursNeeded / Math.max(hoursFree, 1)) * 14);

  if (tubes < order.quantity) {
    notes.push(`${order.quantity - tubes} ${order.tubeMaterial} tubes to be turned`);
    readyInDays += 5;
  }

  const quote = await glass;
  let glassCost: number;
  if (quote.ok) {
    glassCost = quote.value.pricePerSet * order.quantity;
    readyInDays = Math.max(readyInDays, quote.value.leadDays + 2);
  } else {
    glassCost = FALLBACK_GLASS_PRICE * order.quantity;
    notes.push(`glass price provisional (${quote.error.message})`);
  }

  const labour = hoursNeeded * 38;
  const total = Math.round(glassCost + labour + TUBE_PRICE[order.tubeMaterial] * order.quantity);
  const estimate: Estimate = { orderId: order.orderId, total, readyInDays, notes };
  await workshop.saveEstimate(order.orderId, estimate);
  return estimate;
}
