// expect: no-uncalled-async-function
// The .then callback returns this.refreshSchedules instead of calling it, so the cached boat schedule is never refreshed after a booking.
interface DiveBooking {
  id?: string;
  diverId: string;
  instructorId: string;
  boat: string;
  siteSlug: string;
  departure: string;
  certLevel: 'open-water' | 'advanced' | 'rescue';
}

interface BoatSchedule {
  boat: string;
  departures: Array<{ at: string; seatsLeft: number; site: string }>;
}

declare const bookingsDb: {
  insert(booking: DiveBooking): Promise<DiveBooking & { id: string }>;
  seatsTaken(boat: string, departure: string): Promise<number>;
};

declare const scheduleCache: {
  get(boat: string): BoatSchedule | undefined;
  rebuild(boat: string): Promise<BoatSchedule>;
};

const BOAT_CAPACITY: Record<string, number> = { 'Manta Queen': 14, 'Reef Runner': 8 };

export class DiveBookingService {
  constructor(private readonly minCertForSite: (site: string) => DiveBooking['certLevel']) {}

  private readonly refreshSchedules = async (): Promise<void> => {
    for (const boat of Object.keys(BOAT_CAPACITY)) {
      await scheduleCache.rebuild(boat);
    }
  };

  async book(booking: DiveBooking): Promise<void> {
    const required = this.minCertForSite(booking.siteSlug);
    const order: DiveBooking['certLevel'][] = ['open-water', 'advanced', 'rescue'];
    if (order.indexOf(booking.certLevel) < order.indexOf(required)) {
      throw new Error(`${booking.siteSlug} requires ${required} certification`);
    }

    const taken = await bookingsDb.seatsTaken(booking.boat, booking.departure);
    if (taken >= (BOAT_CAPACITY[booking.boat] ?? 0)) {
      throw new Error(`${booking.boat} is full for ${booking.departure}`);
    }

    await bookingsDb.insert(booking).then(() => this.refreshSchedules);
  }

  seatsLeft(boat: string, departure: string): number | undefined {
    return scheduleCache.get(boat)?.departures.find((d) => d.at === departure)?.seatsLeft;
  }
}

export async function bookAndReport(service: DiveBookingService, booking: DiveBooking): Promise<string> {
  await service.book(booking);
  const left = service.seatsLeft(booking.boat, booking.departure);
  return `Booked ${booking.diverId} on ${booking.boat} at ${booking.departure}` +
    (left === undefined ? '' : ` (${left} seats left)`);
}
