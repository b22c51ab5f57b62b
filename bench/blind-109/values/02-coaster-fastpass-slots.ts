// expect: no-promise-as-value
// offerSlots tests `this.isRideOperating(ride)` without awaiting it, so the check is against a promise that is always truthy and guests are offered fast-pass slots on rides that are shut down.
import { EventEmitter } from 'node:events';

export interface Ride {
  id: string;
  name: string;
  hourlyCapacity: number;
  fastPassShare: number;
}

export interface RideOpsApi {
  status(rideId: string): Promise<'operating' | 'down' | 'weather-hold'>;
}

export interface SlotBook {
  booked(rideId: string, hour: number): number;
}

export interface SlotOffer {
  rideId: string;
  rideName: string;
  hour: number;
  remaining: number;
}

export class FastPassPlanner extends EventEmitter {
  constructor(private readonly ops: RideOpsApi, private readonly book: SlotBook) {
    super();
  }

  private async isRideOperating(rideId: string): Promise<boolean> {
    return (await this.ops.status(rideId)) === 'operating';
  }

  private remaining(ride: Ride, hour: number): number {
    const fastPassCapacity = Math.floor(ride.hourlyCapacity * ride.fastPassShare);
    return Math.max(0, fastPassCapacity - this.book.booked(ride.id, hour));
  }

  async offerSlots(rides: Ride[], fromHour: number, toHour: number): Promise<SlotOffer[]> {
    const offers: SlotOffer[] = [];
    for (const ride of rides) {
      if (!this.isRideOperating(ride.id)) {
        this.emit('skipped', ride.id);
        continue;
      }
      for (let hour = fromHour; hour < toHour; hour++) {
        const remaining = this.remaining(ride, hour);
        if (remaining > 0) {
          offers.push({ rideId: ride.id, rideName: ride.name, hour, remaining });
        }
      }
    }
    return offers.sort((a, b) => a.hour - b.hour || b.remaining - a.remaining);
  }
}

export function formatOffer(offer: SlotOffer): string {
  const hh = String(offer.hour).padStart(2, '0');
  return `${offer.rideName} ${hh}:00-${hh}:59 (${offer.remaining} left)`;
}
