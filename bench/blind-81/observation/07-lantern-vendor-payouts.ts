// expect: none
// All validation happens before any transfer starts, and every pushed transfer promise is handed to Promise.all, so none is left unobserved.
export interface VendorStall {
  vendorId: string;
  name: string;
  iban: string;
  grossCents: number;
  pitchFeeCents: number;
  lanternsSold: number;
}

export interface PayoutReceipt {
  vendorId: string;
  transferId: string;
  amountCents: number;
}

export interface PayoutRun {
  festivalId: string;
  receipts: PayoutReceipt[];
  skipped: string[];
  totalCents: number;
}

declare const bank: {
  transfer(iban: string, amountCents: number, reference: string): Promise<{ transferId: string }>;
};
declare const festivalLedger: {
  stalls(festivalId: string): Promise<VendorStall[]>;
  recordPayouts(festivalId: string, receipts: PayoutReceipt[]): Promise<void>;
};

const COMMISSION_RATE = 0.08;
const LANTERN_LEVY_CENTS = 25;

function netPayout(stall: VendorStall): number {
  const commission = Math.round(stall.grossCents * COMMISSION_RATE);
  const levy = stall.lanternsSold * LANTERN_LEVY_CENTS;
  return stall.grossCents - commission - levy - stall.pitchFeeCents;
}

function ibanLooksValid(iban: string): boolean {
  const compact = iban.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  const digits = rearranged.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder === 1;
}

async function payStall(festivalId: string, stall: VendorStall, amountCents: number): Promise<PayoutReceipt> {
  const { transferId } = await bank.transfer(stall.iban, amountCents, `${festivalId} lantern fair ${stall.vendorId}`);
  return { vendorId: stall.vendorId, transferId, amountCents };
}

export async function runPayouts(festivalId: string): Promise<PayoutRun> {
  const stalls = await festivalLedger.stalls(festivalId);

  const invalid = stalls.filter((stall) => !ibanLooksValid(stall.iban));
  if (invalid.length > 0) {
    throw new Error(`cannot pay ${invalid.map((s) => s.name).join(', ')}: invalid IBAN`);
  }

  const transfers: Promise<PayoutReceipt>[] = [];
  const skipped: string[] = [];
  for (const stall of stalls) {
    const amount = netPayout(stall);
    if (amount <= 0) {
      skipped.push(stall.vendorId);
      continue;
    }
    transfers.push(payStall(festivalId, stall, amount));
  }

  const receipts = await Promise.all(transfers);
  await festivalLedger.recordPayouts(festivalId, receipts);
  return {
    festivalId,
    receipts,
    skipped,
    totalCents: receipts.reduce((sum, receipt) => sum + receipt.amountCents, 0),
  };
}
