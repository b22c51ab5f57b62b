// expect: no-reused-settled-promise
// withRetry() receives a promise that has already started and awaits that same promise on every attempt; once it has rejected, each "retry" sees the same rejection and the courier booking is never sent again.
import { setTimeout as sleep } from 'node:timers/promises';

export interface CoilShipment {
  orderNo: string;
  coils: Array<{ sku: string; lengthM: number; weightKg: number }>;
  destination: { name: string; harbour: string; postcode: string };
}

export interface CourierBooking {
  bookingRef: string;
  collectionDate: string;
  palletCount: number;
}

declare const courier: {
  book(request: {
    reference: string;
    pallets: number;
    grossKg: number;
    deliverTo: CoilShipment['destination'];
  }): Promise<CourierBooking>;
};
declare const orders: {
  markDispatched(orderNo: string, booking: CourierBooking): Promise<void>;
};

export async function withRetry<T>(
  task: Promise<T>,
  attempts = 3,
  baseDelayMs = 1_500,
  label = 'operation',
): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await task;
    } catch (err) {
      lastError = err;
      console.warn(`${label} failed (attempt ${attempt + 1}/${attempts})`, err);
      if (attempt < attempts - 1) await sleep(baseDelayMs * 2 ** attempt);
    }
  }
  throw lastError;
}

const MAX_PALLET_KG = 750;

export function palletise(shipment: CoilShipment): { pallets: number; grossKg: number } {
  let pallets = 0;
  let current = MAX_PALLET_KG;
  let grossKg = 0;
  const heaviestFirst = [...shipment.coils].sort((a, b) => b.weightKg - a.weightKg);
  for (const coil of heaviestFirst) {
    if (current + coil.weightKg > MAX_PALLET_KG) {
      pallets++;
      current = 0;
      grossKg += 25; // pallet + wrap
    }
    current += coil.weightKg;
    grossKg += coil.weightKg;
  }
  return { pallets, grossKg: Math.round(grossKg) };
}

export async function dispatchShipment(shipment: CoilShipment): Promise<CourierBooking> {
  const { pallets, grossKg } = palletise(shipment);
  const booking = await withRetry(
    courier.book({
      reference: shipment.orderNo,
      pallets,
      grossKg,
      deliverTo: shipment.destination,
    }),
    4,
    2_000,
    `courier booking ${shipment.orderNo}`,
  );
  await orders.markDispatched(shipment.orderNo, booking);
  return booking;
}
