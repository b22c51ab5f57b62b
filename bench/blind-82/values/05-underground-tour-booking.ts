// expect: no-promise-as-value
// The 'tour.booked' event payload carries seatsLeft: this.remainingSeats(...) un-awaited, so subscribers receive a Promise (serialised as {}) instead of a number.
import { randomUUID } from 'node:crypto';

export interface TourBooking {
  bookingId: string;
  tourId: string;
  lead: string;
  party: number;
  needsHelmets: number;
  claustrophobiaBriefing: boolean;
}

interface TourSlot {
  tourId: string;
  level: 'adit' | 'level-2' | 'stope';
  capacity: number;
  startsAt: string;
}

declare const museumDb: {
  slot(tourId: string): Promise<TourSlot>;
  bookedSeats(tourId: string): Promise<number>;
  insertBooking(booking: TourBooking): Promise<void>;
};

declare const eventBus: {
  publish(topic: string, payload: Record<string, unknown>): Promise<void>;
};

const MIN_AGE_STOPE = 12;
const HELMET_STOCK = 40;

export class TourBookingService {
  private helmetsOut = 0;

  private async remainingSeats(tourId: string): Promise<number> {
    const [slot, booked] = await Promise.all([museumDb.slot(tourId), museumDb.bookedSeats(tourId)]);
    return Math.max(0, slot.capacity - booked);
  }

  async book(
    tourId: string,
    lead: string,
    party: Array<{ name: string; age: number }>,
  ): Promise<TourBooking> {
    const slot = await museumDb.slot(tourId);
    if (slot.level === 'stope' && party.some((p) => p.age < MIN_AGE_STOPE)) {
      throw new Error(`the stope tour is not open to visitors under ${MIN_AGE_STOPE}`);
    }

    const free = await this.remainingSeats(tourId);
    if (party.length > free) {
      throw new Error(`only ${free} seats left on the ${slot.startsAt} ${slot.level} tour`);
    }

    const needsHelmets = party.length;
    if (this.helmetsOut + needsHelmets > HELMET_STOCK) {
      throw new Error('not enough helmets and lamps for this party; try a later tour');
    }

    const booking: TourBooking = {
      bookingId: randomUUID(),
      tourId,
      lead,
      party: party.length,
      needsHelmets,
      claustrophobiaBriefing: slot.level !== 'adit',
    };
    await museumDb.insertBooking(booking);
    this.helmetsOut += needsHelmets;

    await eventBus.publish('tour.booked', {
      bookingId: booking.bookingId,
      tourId,
      level: slot.level,
      startsAt: slot.startsAt,
      party: booking.party,
      seatsLeft: this.remainingSeats(tourId),
    });
    return booking;
  }

  returnHelmets(count: number): void {
    this.helmetsOut = Math.max(0, this.helmetsOut - count);
  }

  helmetsAvailable(): number {
    return HELMET_STOCK - this.helmetsOut;
  }
}
