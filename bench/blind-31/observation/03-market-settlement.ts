// expect: no-unchecked-settled-results
// closeMarketDay casts every allSettled entry to a fulfilled result, so a declined capture yields an undefined receipt that is booked as paid.
export interface PendingPayment {
  paymentId: string;
  vendorId: string;
  stallNo: number;
  amountCents: number;
  method: 'card' | 'snap-ebt' | 'market-token';
}

export interface CaptureReceipt {
  paymentId: string;
  capturedCents: number;
  feeCents: number;
  processorRef: string;
}

export interface VendorPayout {
  vendorId: string;
  grossCents: number;
  feesCents: number;
  netCents: number;
  payments: number;
}

declare const paymentTerminal: {
  capture(payment: PendingPayment): Promise<CaptureReceipt>;
};
declare const marketLedger: {
  pendingFor(marketDay: string): Promise<PendingPayment[]>;
  markCaptured(paymentId: string, processorRef: string): Promise<void>;
  recordPayouts(marketDay: string, payouts: VendorPayout[]): Promise<void>;
};

const SNAP_MATCH_CAP_CENTS = 2_000;

function snapMatch(payment: PendingPayment, alreadyMatched: Map<string, number>): number {
  if (payment.method !== 'snap-ebt') return 0;
  const used = alreadyMatched.get(payment.vendorId) ?? 0;
  const match = Math.min(payment.amountCents, SNAP_MATCH_CAP_CENTS - used);
  alreadyMatched.set(payment.vendorId, used + Math.max(0, match));
  return Math.max(0, match);
}

function aggregate(rows: Array<{ payment: PendingPayment; receipt: CaptureReceipt; bonusCents: number }>): VendorPayout[] {
  const byVendor = new Map<string, VendorPayout>();
  for (const { payment, receipt, bonusCents } of rows) {
    const payout = byVendor.get(payment.vendorId) ?? {
      vendorId: payment.vendorId,
      grossCents: 0,
      feesCents: 0,
      netCents: 0,
      payments: 0,
    };
    payout.grossCents += receipt.capturedCents + bonusCents;
    payout.feesCents += receipt.feeCents;
    payout.netCents = payout.grossCents - payout.feesCents;
    payout.payments += 1;
    byVendor.set(payment.vendorId, payout);
  }
  return [...byVendor.values()].sort((a, b) => b.netCents - a.netCents);
}

export async function closeMarketDay(marketDay: string): Promise<VendorPayout[]> {
  const pending = await marketLedger.pendingFor(marketDay);
  const settled = await Promise.allSettled(pending.map((p) => paymentTerminal.capture(p)));

  const matched = new Map<string, number>();
  const rows = settled.map((result, i) => ({
    payment: pending[i],
    receipt: (result as PromiseFulfilledResult<CaptureReceipt>).value,
    bonusCents: snapMatch(pending[i], matched),
  }));

  for (const row of rows) {
    await marketLedger.markCaptured(row.payment.paymentId, row.receipt.processorRef);
  }

  const payouts = aggregate(rows);
  await marketLedger.recordPayouts(marketDay, payouts);
  return payouts;
}
