// expect: no-reused-settled-promise
// withRetry takes an already-started reservation promise, so each "retry" re-awaits the same rejected attempt instead of asking again.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Party {
  leadName: string;
  size: number;
  minAge: number;
  needsHelmets: number;
}

export interface Reservation {
  reservationId: string;
  tourId: string;
  headcount: number;
  meetAt: Date;
}

export interface TourSlot {
  tourId: string;
  tube: string;
  startsAt: Date;
  capacity: number;
  booked: number;
  minAge: number;
}

declare const reservations: {
  hold(tourId: string, headcount: number): Promise<Reservation>;
};
declare const gearShed: {
  reserveHelmets(tourId: string, count: number): Promise<void>;
};

export class TransientBookingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TransientBookingError';
  }
}

function isTransient(err: unknown): boolean {
  return err instanceof TransientBookingError || (err instanceof Error && /ECONNRESET|503|lock timeout/.test(err.message));
}

async function withRetry<T>(operation: Promise<T>, attempts: number, backoffMs: number): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await operation;
    } catch (err) {
      lastError = err;
      if (!isTransient(err)) throw err;
      await sleep(backoffMs * 2 ** attempt);
    }
  }
  throw lastError;
}

export function eligibleSlots(slots: TourSlot[], party: Party): TourSlot[] {
  return slots
    .filter((s) => s.capacity - s.booked >= party.size && party.minAge >= s.minAge)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

export async function bookParty(slots: TourSlot[], party: Party): Promise<Reservation> {
  const candidates = eligibleSlots(slots, party);
  if (candidates.length === 0) {
    throw new Error(`no tube tour has room for ${party.size} (youngest ${party.minAge})`);
  }

  let lastError: unknown;
  for (const slot of candidates.slice(0, 3)) {
    try {
      const reservation = await withRetry(reservations.hold(slot.tourId, party.size), 3, 250);
      if (party.needsHelmets > 0) await gearShed.reserveHelmets(slot.tourId, party.needsHelmets);
      return reservation;
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError;
}
