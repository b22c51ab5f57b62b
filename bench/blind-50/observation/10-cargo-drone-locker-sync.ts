// expect: none
// warmCache is started early but its catch handler is attached at once, so awaiting it after listBanks cannot leave a rejection unobserved.

export interface LockerBank {
  bankId: string;
  site: string;
  slots: number;
  occupied: number[];
}

export interface DroneArrival {
  droneId: string;
  bankId: string;
  parcelId: string;
  etaMs: number;
}

declare const lockerCloud: {
  listBanks(site: string): Promise<LockerBank[]>;
  warmCache(site: string): Promise<void>;
  assign(bankId: string, slot: number, parcelId: string): Promise<void>;
  uploadAudit(site: string, lines: string[]): Promise<void>;
};

declare const ops: {
  warn(msg: string, meta?: Record<string, unknown>): void;
};

export interface Assignment {
  parcelId: string;
  bankId: string;
  slot: number;
}

function freeSlot(bank: LockerBank, taken: Set<string>): number | undefined {
  for (let slot = 1; slot <= bank.slots; slot++) {
    if (!bank.occupied.includes(slot) && !taken.has(`${bank.bankId}:${slot}`)) return slot;
  }
  return undefined;
}

export async function assignArrivals(site: string, arrivals: DroneArrival[]): Promise<Assignment[]> {
  const warm = lockerCloud.warmCache(site).catch((err: unknown) => {
    ops.warn('locker cache warm-up failed; continuing cold', { site, error: String(err) });
  });

  const banks = new Map((await lockerCloud.listBanks(site)).map((b) => [b.bankId, b]));
  const taken = new Set<string>();
  const assignments: Assignment[] = [];
  const audit: string[] = [];

  await warm;
  for (const arrival of [...arrivals].sort((a, b) => a.etaMs - b.etaMs)) {
    const bank = banks.get(arrival.bankId);
    if (!bank) {
      audit.push(`${arrival.parcelId}: unknown bank ${arrival.bankId}`);
      continue;
    }
    const slot = freeSlot(bank, taken);
    if (slot === undefined) {
      audit.push(`${arrival.parcelId}: bank ${bank.bankId} full`);
      continue;
    }
    await lockerCloud.assign(bank.bankId, slot, arrival.parcelId);
    taken.add(`${bank.bankId}:${slot}`);
    assignments.push({ parcelId: arrival.parcelId, bankId: bank.bankId, slot });
    audit.push(`${arrival.parcelId}: ${bank.bankId}/${slot} for drone ${arrival.droneId}`);
  }

  await lockerCloud.uploadAudit(site, audit);
  return assignments;
}

export function utilisation(banks: LockerBank[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const bank of banks) {
    out[bank.bankId] = bank.slots === 0 ? 0 : Math.round((bank.occupied.length / bank.slots) * 100);
  }
  return out;
}
