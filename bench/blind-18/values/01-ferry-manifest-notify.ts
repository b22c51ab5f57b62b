// expect: no-promise-as-value
// The low-capacity SMS interpolates remainingLaneMetres(), an async method, so it reads "[object Promise]m of lane".
import { EventEmitter } from 'node:events';

interface Booking {
  ref: string;
  sailingId: string;
  passengers: number;
  vehicleLengthM: number;
}

interface Sailing {
  id: string;
  vessel: string;
  departs: Date;
  passengerCapacity: number;
  laneMetres: number;
}

declare const ferryDb: {
  sailing(id: string): Promise<Sailing>;
  bookingsFor(sailingId: string): Promise<Booking[]>;
};

declare const sms: {
  send(to: string, body: string): Promise<void>;
};

const DUTY_MANAGER_PHONE = '+4477009001234';

export class ManifestWatcher extends EventEmitter {
  private readonly warnedSailings = new Set<string>();

  constructor(private readonly thresholdBerths = 12) {
    super();
  }

  async remainingBerths(sailingId: string): Promise<number> {
    const [sailing, bookings] = await Promise.all([ferryDb.sailing(sailingId), ferryDb.bookingsFor(sailingId)]);
    const booked = bookings.reduce((sum, b) => sum + b.passengers, 0);
    return Math.max(0, sailing.passengerCapacity - booked);
  }

  async remainingLaneMetres(sailingId: string): Promise<number> {
    const [sailing, bookings] = await Promise.all([ferryDb.sailing(sailingId), ferryDb.bookingsFor(sailingId)]);
    const used = bookings.reduce((sum, b) => sum + b.vehicleLengthM, 0);
    return sailing.laneMetres - used;
  }

  async onBookingConfirmed(booking: Booking): Promise<void> {
    const lane = await this.remainingLaneMetres(booking.sailingId);
    if (lane < 0) {
      this.emit('vehicle-overflow', { sailingId: booking.sailingId, overBy: -lane });
    }

    if (this.warnedSailings.has(booking.sailingId)) return;

    const sailing = await ferryDb.sailing(booking.sailingId);
    const berths = await this.remainingBerths(booking.sailingId);
    if (berths > this.thresholdBerths) return;

    this.warnedSailings.add(booking.sailingId);
    const when = sailing.departs.toISOString().slice(0, 16).replace('T', ' ');
    await sms.send(
      DUTY_MANAGER_PHONE,
      `${sailing.vessel} ${when}: ${berths} berths and ${this.remainingLaneMetres(booking.sailingId)}m of lane left after ${booking.ref}`,
    );
    this.emit('low-capacity', { sailingId: booking.sailingId, berths });
  }

  reset(sailingId?: string): void {
    if (sailingId) this.warnedSailings.delete(sailingId);
    else this.warnedSailings.clear();
  }
}
