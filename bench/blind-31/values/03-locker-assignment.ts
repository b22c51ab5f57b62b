// expect: no-read-before-settle
// assignCompartment sets customerLimit inside a .then callback and compares against it synchronously, so the default limit is always used.
export type Size = 'S' | 'M' | 'L';

export interface Parcel {
  parcelId: string;
  customerId: string;
  size: Size;
  weightKg: number;
  cod: boolean;
}

export interface Assignment {
  parcelId: string;
  lockerId: string;
  door: number;
  pickupCode: string;
  expiresAt: Date;
}

declare const customerPlans: {
  activeParcelLimit(customerId: string): Promise<number>;
};
declare const lockerInventory: {
  freeDoors(lockerId: string, size: Size): Promise<number[]>;
  activeParcels(customerId: string): number;
  hold(lockerId: string, door: number, parcelId: string): Promise<void>;
};
declare function randomCode(length: number): string;

const DEFAULT_LIMIT = 3;
const HOLD_DAYS = 5;

export class LockerLimitExceeded extends Error {
  constructor(readonly customerId: string, readonly limit: number) {
    super(`Customer ${customerId} already has ${limit} parcels waiting in lockers`);
    this.name = 'LockerLimitExceeded';
  }
}

function fitsSize(parcel: Parcel): Size[] {
  const order: Size[] = ['S', 'M', 'L'];
  return order.slice(order.indexOf(parcel.size));
}

export async function assignCompartment(parcel: Parcel, lockerId: string): Promise<Assignment> {
  if (parcel.cod) {
    throw new Error(`Cash-on-delivery parcel ${parcel.parcelId} cannot go to a locker`);
  }
  if (parcel.weightKg > 25) {
    throw new Error(`Parcel ${parcel.parcelId} exceeds the 25 kg locker limit`);
  }

  let customerLimit = DEFAULT_LIMIT;
  customerPlans.activeParcelLimit(parcel.customerId).then(
    (limit) => {
      customerLimit = limit;
    },
    () => undefined,
  );

  const waiting = lockerInventory.activeParcels(parcel.customerId);
  if (waiting >= customerLimit) {
    throw new LockerLimitExceeded(parcel.customerId, customerLimit);
  }

  for (const size of fitsSize(parcel)) {
    const doors = await lockerInventory.freeDoors(lockerId, size);
    if (doors.length === 0) continue;
    const door = doors[0];
    await lockerInventory.hold(lockerId, door, parcel.parcelId);
    return {
      parcelId: parcel.parcelId,
      lockerId,
      door,
      pickupCode: randomCode(6),
      expiresAt: new Date(Date.now() + HOLD_DAYS * 86_400_000),
    };
  }
  throw new Error(`Locker ${lockerId} has no free compartment for a ${parcel.size} parcel`);
}
