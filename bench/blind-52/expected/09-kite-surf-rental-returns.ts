// expect: no-uncalled-async-function
// In the returns map, the severe-damage branch returns escalateToInsurer instead of escalateToInsurer(record), so no claim is ever filed.
export type DamageLevel = 'none' | 'minor' | 'severe';

export interface ReturnRecord {
  rentalId: string;
  customerId: string;
  kiteSerial: string;
  damage: DamageLevel;
  notes: string;
  returnedAt: Date;
  dueAt: Date;
}

export interface ReturnSummary {
  processed: number;
  lateFees: number;
  repairs: number;
  claims: number;
}

declare const ledger: {
  closeRental(rentalId: string): Promise<void>;
  chargeLateFee(customerId: string, amountEur: number): Promise<void>;
};

declare const workshop: {
  openRepairTicket(kiteSerial: string, notes: string): Promise<string>;
};

declare const insurer: {
  fileClaim(claim: { policy: string; item: string; description: string }): Promise<{ claimId: string }>;
};

declare const fleet: {
  retire(kiteSerial: string): Promise<void>;
  markAvailable(kiteSerial: string): Promise<void>;
};

const POLICY_NUMBER = 'KSR-2291-FLEET';
const LATE_FEE_PER_HOUR_EUR = 12;

function lateHours(record: ReturnRecord): number {
  const lateMs = record.returnedAt.getTime() - record.dueAt.getTime();
  return lateMs > 15 * 60_000 ? Math.ceil(lateMs / 3_600_000) : 0;
}

async function escalateToInsurer(record: ReturnRecord): Promise<void> {
  await fleet.retire(record.kiteSerial);
  await insurer.fileClaim({
    policy: POLICY_NUMBER,
    item: record.kiteSerial,
    description: `rental ${record.rentalId}: ${record.notes}`,
  });
  await ledger.closeRental(record.rentalId);
}

async function closeClean(record: ReturnRecord): Promise<void> {
  await fleet.markAvailable(record.kiteSerial);
  await ledger.closeRental(record.rentalId);
}

async function sendToWorkshop(record: ReturnRecord): Promise<void> {
  await workshop.openRepairTicket(record.kiteSerial, record.notes);
  await ledger.closeRental(record.rentalId);
}

export async function processReturns(records: readonly ReturnRecord[]): Promise<ReturnSummary> {
  const summary: ReturnSummary = { processed: 0, lateFees: 0, repairs: 0, claims: 0 };

  for (const record of records) {
    const hours = lateHours(record);
    if (hours > 0) {
      await ledger.chargeLateFee(record.customerId, hours * LATE_FEE_PER_HOUR_EUR);
      summary.lateFees++;
    }
  }

  const jobs = records.map((record) => {
    summary.processed++;
    if (record.damage === 'none') {
      return closeClean(record);
    }
    if (record.damage === 'minor') {
      summary.repairs++;
      return sendToWorkshop(record);
    }
    summary.claims++;
    return escalateToInsurer;
  });

  await Promise.all(jobs);
  return summary;
}

export function damageRate(records: readonly ReturnRecord[]): number {
  if (records.length === 0) {
    return 0;
  }
  return records.filter((r) => r.damage !== 'none').length / records.length;
}
