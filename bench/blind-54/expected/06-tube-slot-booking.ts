// expect: none
// The retry loop calls the attempt factory on every iteration, so each retry awaits a brand-new booking request rather than the failed one.
import { setTimeout as sleep } from "node:timers/promises";

export interface TourSlot {
  tubeId: string;
  startsAt: string;
  capacity: number;
  booked: number;
  helmetSizes: Record<"S" | "M" | "L", number>;
}

export interface Booking {
  reference: string;
  slot: TourSlot;
  party: number;
}

export class SlotConflictError extends Error {
  constructor(readonly slot: string) {
    super(`slot ${slot} changed while booking`);
    this.name = "SlotConflictError";
  }
}

declare const reservations: {
  fetchSlot(tubeId: string, startsAt: string): Promise<TourSlot>;
  book(slot: TourSlot, party: number, version: number): Promise<Booking>;
};
declare const rangerRoster: { guidesOnDuty(tubeId: string, at: string): Promise<number> };

const MAX_PARTY_PER_GUIDE = 12;

function isRetryable(err: unknown): boolean {
  return err instanceof SlotConflictError || (err instanceof Error && /ECONNRESET|503/.test(err.message));
}

async function retrying<T>(attempt: () => Promise<T>, tries = 4, backoffMs = 200): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (err) {
      if (i >= tries || !isRetryable(err)) throw err;
      await sleep(backoffMs * i);
    }
  }
}

export async function bookTour(tubeId: string, startsAt: string, party: number): Promise<Booking> {
  if (party < 1) throw new RangeError("party must include at least one caver");

  return retrying(async () => {
    const slot = await reservations.fetchSlot(tubeId, startsAt);
    const guides = await rangerRoster.guidesOnDuty(tubeId, startsAt);
    const capacity = Math.min(slot.capacity, guides * MAX_PARTY_PER_GUIDE);
    if (slot.booked + party > capacity) {
      throw new RangeError(`only ${capacity - slot.booked} places left in ${tubeId} at ${startsAt}`);
    }
    const helmets = slot.helmetSizes.S + slot.helmetSizes.M + slot.helmetSizes.L;
    if (helmets < party) {
      throw new RangeError(`only ${helmets} helmets available`);
    }
    return reservations.book(slot, party, slot.booked);
  });
}

export async function bookFirstAvailable(tubeId: string, times: string[], party: number): Promise<Booking | null> {
  for (const startsAt of times) {
    try {
      return await bookTour(tubeId, startsAt, party);
    } catch (err) {
      if (err instanceof RangeError) continue;
      throw err;
    }
  }
  return null;
}
