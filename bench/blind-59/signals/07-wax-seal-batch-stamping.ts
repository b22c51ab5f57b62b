// expect: require-signal-propagation
// stampBatch receives options.signal but never checks it; the press API takes no signal, so a cancelled batch keeps heating and stamping every order.
export interface SealOrder {
  orderId: string;
  design: string;
  waxColor: 'crimson' | 'gold' | 'forest' | 'midnight';
  envelopes: number;
}

export interface BatchOptions {
  operator: string;
  signal?: AbortSignal;
  maxRejectsPct?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface BatchSummary {
  operator: string;
  stamped: number;
  smudged: number;
  ordersCompleted: string[];
}

declare const press: {
  heatWax(color: SealOrder['waxColor']): Promise<number>;
  swapDie(design: string): Promise<void>;
  stamp(count: number): Promise<{ ok: number; smudged: number }>;
  purge(): Promise<void>;
};
declare const shiftLog: { append(operator: string, line: string): Promise<void> };

function groupByColour(orders: SealOrder[]): SealOrder[] {
  // Changing wax colour needs a full purge, so keep colours together.
  const rank: Record<SealOrder['waxColor'], number> = { gold: 0, crimson: 1, forest: 2, midnight: 3 };
  return [...orders].sort((a, b) => rank[a.waxColor] - rank[b.waxColor] || a.design.localeCompare(b.design));
}

export async function stampBatch(orders: SealOrder[], options: BatchOptions): Promise<BatchSummary> {
  const maxRejects = options.maxRejectsPct ?? 5;
  const summary: BatchSummary = { operator: options.operator, stamped: 0, smudged: 0, ordersCompleted: [] };
  const sorted = groupByColour(orders);

  let colour: SealOrder['waxColor'] | undefined;
  let design: string | undefined;
  for (const [index, order] of sorted.entries()) {
    if (order.waxColor !== colour) {
      if (colour) await press.purge();
      const tempC = await press.heatWax(order.waxColor);
      await shiftLog.append(options.operator, `wax ${order.waxColor} at ${tempC}C`);
      colour = order.waxColor;
    }
    if (order.design !== design) {
      await press.swapDie(order.design);
      design = order.design;
    }

    const { ok, smudged } = await press.stamp(order.envelopes);
    summary.stamped += ok;
    summary.smudged += smudged;
    if ((smudged / Math.max(1, ok + smudged)) * 100 > maxRejects) {
      await shiftLog.append(options.operator, `order ${order.orderId}: ${smudged} smudged, die needs cleaning`);
    }
    summary.ordersCompleted.push(order.orderId);
    options.onProgress?.(index + 1, sorted.length);
  }

  await press.purge();
  return summary;
}
