// expect: no-floating-promises
// The finally block calls the async lease.release() without awaiting or handling it, so a failed unlock is an unhandled rejection and the next booking can race the release.
export interface Lease {
  readonly key: string;
  release(): Promise<void>;
}

export interface LockService {
  acquire(key: string, ttlMs: number): Promise<Lease>;
}

export interface GuideCalendar {
  bookedBirds(guideId: string, date: string): Promise<number>;
  addBooking(booking: Booking): Promise<string>;
}

export interface Booking {
  guideId: string;
  date: string;
  partySize: number;
  boatSeats: number;
  cormorants: number;
}

export interface GuideProfile {
  id: string;
  cormorantsOwned: number;
  boatSeats: number;
}

export class BookingConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BookingConflictError';
  }
}

export class GuideBookingService {
  constructor(
    private readonly locks: LockService,
    private readonly calendar: GuideCalendar,
  ) {}

  birdsNeeded(partySize: number): number {
    return Math.max(2, Math.ceil(partySize / 2));
  }

  async confirmBooking(guide: GuideProfile, date: string, partySize: number): Promise<string> {
    if (partySize > guide.boatSeats) {
      throw new BookingConflictError(`guide ${guide.id}'s boat seats ${guide.boatSeats}, party is ${partySize}`);
    }

    const lease = await this.locks.acquire(`guide:${guide.id}:${date}`, 15_000);
    try {
      const alreadyBooked = await this.calendar.bookedBirds(guide.id, date);
      const needed = this.birdsNeeded(partySize);
      if (alreadyBooked + needed > guide.cormorantsOwned) {
        throw new BookingConflictError(
          `guide ${guide.id} has only ${guide.cormorantsOwned - alreadyBooked} cormorants free on ${date}`,
        );
      }
      return await this.calendar.addBooking({
        guideId: guide.id,
        date,
        partySize,
        boatSeats: guide.boatSeats,
        cormorants: needed,
      });
    } finally {
      lease.release();
    }
  }
}
