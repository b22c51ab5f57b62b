// expect: none
// The receipt e-mail is intentionally fire-and-forget but has a .catch attached, and returnFleet awaits every per-boat promise via Promise.all.
export interface SwanBoat {
  boatId: string;
  seats: 2 | 4;
  pedalCondition: 'good' | 'stiff' | 'broken';
}

export interface Rental {
  rentalId: string;
  boatId: string;
  customerEmail: string;
  startedAt: number;
  endedAt?: number;
  depositCents: number;
}

declare const rentals: {
  get(rentalId: string): Promise<Rental>;
  close(rentalId: string, endedAt: number, chargeCents: number): Promise<void>;
};
declare const dock: {
  inspect(boatId: string): Promise<SwanBoat>;
  flagForRepair(boatId: string, note: string): Promise<void>;
};
declare const payments: {
  capture(rentalId: string, cents: number): Promise<string>;
  refund(rentalId: string, cents: number): Promise<string>;
};
declare const mailer: {
  sendReceipt(to: string, body: string): Promise<void>;
};
declare const log: { warn(msg: string, meta?: object): void };

const RATE_PER_HALF_HOUR_CENTS: Record<SwanBoat['seats'], number> = { 2: 1_200, 4: 1_800 };

export function chargeFor(boat: SwanBoat, startedAt: number, endedAt: number): number {
  const halfHours = Math.max(1, Math.ceil((endedAt - startedAt) / (30 * 60_000)));
  return halfHours * RATE_PER_HALF_HOUR_CENTS[boat.seats];
}

export async function returnBoat(rentalId: string, endedAt = Date.now()): Promise<number> {
  const rental = await rentals.get(rentalId);
  const boat = await dock.inspect(rental.boatId);

  let charge = chargeFor(boat, rental.startedAt, endedAt);
  if (boat.pedalCondition === 'broken') {
    await dock.flagForRepair(boat.boatId, `returned broken after rental ${rentalId}`);
    charge += 2_500;
  }

  await rentals.close(rentalId, endedAt, charge);
  if (charge > rental.depositCents) {
    await payments.capture(rentalId, charge - rental.depositCents);
  } else if (charge < rental.depositCents) {
    await payments.refund(rentalId, rental.depositCents - charge);
  }

  // A missing receipt e-mail must not hold up the dock queue.
  void mailer
    .sendReceipt(rental.customerEmail, `Swan boat ${boat.boatId}: ${(charge / 100).toFixed(2)}`)
    .catch((err: unknown) => log.warn('receipt email failed', { rentalId, err }));

  return charge;
}

export async function returnFleet(rentalIds: string[], closingTime: number): Promise<Map<string, number>> {
  const charges = await Promise.all(
    rentalIds.map(async (id) => [id, await returnBoat(id, closingTime)] as const),
  );
  return new Map(charges);
}

export async function morningInspection(boatIds: string[]): Promise<string[]> {
  const needsWork: string[] = [];
  for (const boatId of boatIds) {
    const boat = await dock.inspect(boatId);
    if (boat.pedalCondition !== 'good') {
      await dock.flagForRepair(boatId, `pedals ${boat.pedalCondition} at opening`);
      needsWork.push(boatId);
    }
  }
  return needsWork;
}
