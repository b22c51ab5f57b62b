// expect: no-unobserved-promise
// The ledger write starts before the door-fault check and has no handler; on the fault path it is abandoned (and otherwise waits behind other awaits), so its rejection goes unhandled.
export type CompartmentSize = 'S' | 'M' | 'L';

export interface DepositRequest {
  parcelId: string;
  lockerBankId: string;
  size: CompartmentSize;
  courierId: string;
  recipientPhone: string;
}

export interface DepositReceipt {
  parcelId: string;
  compartmentId: string;
  ledgerEntryId: string;
  pickupCodeSentAt: string;
}

interface Compartment {
  compartmentId: string;
  size: CompartmentSize;
  doorFault: boolean;
}

declare const lockers: {
  reserve(bankId: string, size: CompartmentSize): Promise<Compartment>;
  release(bankId: string, compartmentId: string): Promise<void>;
  open(bankId: string, compartmentId: string): Promise<void>;
  waitClosed(bankId: string, compartmentId: string, timeoutMs: number): Promise<boolean>;
};

declare const ledger: {
  recordDeposit(entry: {
    parcelId: string;
    bankId: string;
    compartmentId: string;
    courierId: string;
    at: string;
  }): Promise<{ entryId: string }>;
};

declare const notifications: {
  sendPickupCode(phone: string, bankId: string, code: string): Promise<string>;
};

export class DepositError extends Error {
  constructor(
    message: string,
    readonly parcelId: string,
  ) {
    super(message);
    this.name = 'DepositError';
  }
}

function pickupCode(parcelId: string, compartmentId: string): string {
  let hash = 7;
  for (const ch of `${parcelId}:${compartmentId}:${Date.now()}`) {
    hash = (hash * 31 + ch.charCodeAt(0)) % 1_000_000;
  }
  return String(hash).padStart(6, '0');
}

export async function depositParcel(req: DepositRequest): Promise<DepositReceipt> {
  const compartment = await lockers.reserve(req.lockerBankId, req.size);

  const ledgerEntry = ledger.recordDeposit({
    parcelId: req.parcelId,
    bankId: req.lockerBankId,
    compartmentId: compartment.compartmentId,
    courierId: req.courierId,
    at: new Date().toISOString(),
  });

  if (compartment.doorFault) {
    await lockers.release(req.lockerBankId, compartment.compartmentId);
    throw new DepositError(`compartment ${compartment.compartmentId} has a door fault`, req.parcelId);
  }

  await lockers.open(req.lockerBankId, compartment.compartmentId);
  const closed = await lockers.waitClosed(req.lockerBankId, compartment.compartmentId, 120_000);
  const { entryId } = await ledgerEntry;
  if (!closed) {
    throw new DepositError(`door left open on ${compartment.compartmentId}`, req.parcelId);
  }

  const code = pickupCode(req.parcelId, compartment.compartmentId);
  const sentAt = await notifications.sendPickupCode(req.recipientPhone, req.lockerBankId, code);
  return {
    parcelId: req.parcelId,
    compartmentId: compartment.compartmentId,
    ledgerEntryId: entryId,
    pickupCodeSentAt: sentAt,
  };
}
