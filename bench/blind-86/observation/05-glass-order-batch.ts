// expect: none
// allSettled results are split on r.status before any value or reason is read, and failed orders are reported rather than counted as cut.
export interface PanelOrder {
  orderId: string;
  customer: string;
  glassCode: string;
  widthMm: number;
  heightMm: number;
}

export interface CutTicket {
  orderId: string;
  sheetId: string;
  yieldPct: number;
}

export interface BatchOutcome {
  cut: CutTicket[];
  failed: Array<{ orderId: string; reason: string }>;
}

declare const cuttingTable: {
  nest(order: PanelOrder): Promise<CutTicket>;
};
declare const notify: {
  customer(customer: string, message: string): Promise<void>;
};

function describeError(reason: unknown): string {
  if (reason instanceof Error) return reason.message;
  return typeof reason === 'string' ? reason : JSON.stringify(reason);
}

export async function cutBatch(orders: PanelOrder[]): Promise<BatchOutcome> {
  const results = await Promise.allSettled(orders.map((o) => cuttingTable.nest(o)));

  const outcome: BatchOutcome = { cut: [], failed: [] };
  results.forEach((result, i) => {
    if (result.status === 'fulfilled') {
      outcome.cut.push(result.value);
    } else {
      outcome.failed.push({ orderId: orders[i].orderId, reason: describeError(result.reason) });
    }
  });

  const lowYield = outcome.cut.filter((t) => t.yieldPct < 60);
  if (lowYield.length > 0) {
    console.warn(`[studio] ${lowYield.length} panels nested below 60% yield`);
  }
  return outcome;
}

export async function cutAndNotify(orders: PanelOrder[]): Promise<BatchOutcome> {
  const outcome = await cutBatch(orders);
  const byId = new Map(orders.map((o) => [o.orderId, o]));

  const notices = await Promise.allSettled(
    outcome.failed.map(({ orderId, reason }) =>
      notify.customer(byId.get(orderId)!.customer, `Order ${orderId} is delayed: ${reason}`),
    ),
  );
  const undelivered = notices.filter((n): n is PromiseRejectedResult => n.status === 'rejected');
  for (const n of undelivered) {
    console.error('[studio] could not notify customer', describeError(n.reason));
  }
  return outcome;
}
