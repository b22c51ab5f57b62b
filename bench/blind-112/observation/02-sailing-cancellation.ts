// expect: no-floating-promises
// cancelSailing releases seats with forEach and an async callback, so the release promises are dropped and the method returns before any seat is actually freed or any failure is seen.
export interface Booking {
  bookingId: string;
  passengerName: string;
  seat: string;
  vehicleLane?: string;
  email: string;
  fareCents: number;
}

export interface SeatMap {
  release(sailingId: string, seat: string): Promise<void>;
  releaseLane(sailingId: string, lane: string): Promise<void>;
}

export interface Payments {
  refund(bookingId: string, amountCents: number): Promise<{ refundId: string }>;
}

export interface BookingStore {
  bookingsFor(sailingId: string): Promise<Booking[]>;
  markCancelled(sailingId: string, reason: string): Promise<void>;
}

export interface CancellationSummary {
  sailingId: string;
  refunded: number;
  refundedCents: number;
}

export class SailingCancellation {
  constructor(
    private readonly store: BookingStore,
    private readonly seats: SeatMap,
    private readonly payments: Payments,
  ) {}

  async cancelSailing(sailingId: string, reason: string): Promise<CancellationSummary> {
    const bookings = await this.store.bookingsFor(sailingId);
    await this.store.markCancelled(sailingId, reason);

    bookings.forEach(async (booking) => {
      await this.seats.release(sailingId, booking.seat);
      if (booking.vehicleLane) {
        await this.seats.releaseLane(sailingId, booking.vehicleLane);
      }
    });

    let refundedCents = 0;
    for (const booking of bookings) {
      await this.payments.refund(booking.bookingId, booking.fareCents);
      refundedCents += booking.fareCents;
    }

    return { sailingId, refunded: bookings.length, refundedCents };
  }

  async reschedule(fromSailing: string, toSailing: string, seatsFor: (b: Booking) => string): Promise<number> {
    const bookings = await this.store.bookingsFor(fromSailing);
    for (const booking of bookings) {
      await this.seats.release(fromSailing, booking.seat);
      booking.seat = seatsFor(booking);
    }
    await this.store.markCancelled(fromSailing, `moved to ${toSailing}`);
    return bookings.length;
  }
}
