// expect: no-uncalled-async-function
// Promise.all receives the preheat step itself instead of preheat(), so the crucible is never heated before the pour is scheduled.
export interface VaneOrder {
  orderId: string;
  motif: 'rooster' | 'arrow' | 'ship' | 'fox' | 'custom';
  alloy: 'copper' | 'bronze' | 'brass';
  spanCm: number;
  quantity: number;
}

export interface PatternSet {
  motif: VaneOrder['motif'];
  pieces: number;
  shrinkagePct: number;
}

export interface AlloyLot {
  lotId: string;
  alloy: VaneOrder['alloy'];
  kgAvailable: number;
  pourTempC: number;
}

declare const furnace: {
  preheat(alloy: VaneOrder['alloy'], targetC: number): Promise<void>;
  currentTemp(): Promise<number>;
};

declare const patternLibrary: {
  fetch(motif: VaneOrder['motif'], spanCm: number): Promise<PatternSet>;
};

declare const alloyStore: {
  reserve(alloy: VaneOrder['alloy'], kg: number): Promise<AlloyLot>;
  release(lotId: string): Promise<void>;
};

declare const pourSchedule: {
  book(entry: { orderId: string; lotId: string; moldCount: number; notBefore: Date }): Promise<string>;
};

const DENSITY_KG_PER_CM3: Record<VaneOrder['alloy'], number> = {
  copper: 0.00896,
  bronze: 0.0088,
  brass: 0.0085,
};

export function estimateMetalKg(order: VaneOrder, patterns: PatternSet): number {
  const sheetVolumeCm3 = order.spanCm * order.spanCm * 0.35 * 0.3;
  const perVane = sheetVolumeCm3 * DENSITY_KG_PER_CM3[order.alloy] * (1 + patterns.shrinkagePct / 100);
  const gatingAllowance = 1.18;
  return Math.ceil(perVane * order.quantity * gatingAllowance * 10) / 10;
}

export async function schedulePour(order: VaneOrder): Promise<string> {
  const alloyTargetC = order.alloy === 'copper' ? 1_150 : 1_060;
  const preheat = () => furnace.preheat(order.alloy, alloyTargetC);
  const loadPatterns = () => patternLibrary.fetch(order.motif, order.spanCm);

  const [, patterns] = await Promise.all([preheat, loadPatterns()]);
  const kg = estimateMetalKg(order, patterns);
  const lot = await alloyStore.reserve(order.alloy, kg);

  try {
    const temp = await furnace.currentTemp();
    const minutesToTemp = Math.max(0, Math.ceil((lot.pourTempC - temp) / 12));
    const notBefore = new Date(Date.now() + minutesToTemp * 60_000);
    return await pourSchedule.book({
      orderId: order.orderId,
      lotId: lot.lotId,
      moldCount: patterns.pieces * order.quantity,
      notBefore,
    });
  } catch (err) {
    await alloyStore.release(lot.lotId);
    throw err;
  }
}

export async function scheduleBacklog(orders: readonly VaneOrder[]): Promise<Map<string, string>> {
  const bookings = new Map<string, string>();
  const byAlloy = [...orders].sort((a, b) => a.alloy.localeCompare(b.alloy));
  for (const order of byAlloy) {
    bookings.set(order.orderId, await schedulePour(order));
  }
  return bookings;
}
