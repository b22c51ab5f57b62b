// expect: no-swallowed-abort
// offerToNearest catches every error from offerRide, including the rider's cancellation abort, and moves on to the next driver before returning null.
import { EventEmitter } from 'node:events';

export interface Driver {
  id: string;
  lat: number;
  lon: number;
  rating: number;
  vehicleClass: 'standard' | 'xl' | 'premium';
}

export interface RideRequest {
  id: string;
  riderId: string;
  pickup: { lat: number; lon: number };
  vehicleClass: Driver['vehicleClass'];
  signal: AbortSignal;
}

export type OfferOutcome = { driverId: string; etaSec: number };

declare const driverGateway: {
  offerRide(
    driverId: string,
    rideId: string,
    opts: { signal: AbortSignal; acceptWindowMs: number },
  ): Promise<{ accepted: boolean; etaSec: number }>;
};

function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const R = 6371;
  const dLat = ((b.lat - a.lat) * Math.PI) / 180;
  const dLon = ((b.lon - a.lon) * Math.PI) / 180;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos((a.lat * Math.PI) / 180) * Math.cos((b.lat * Math.PI) / 180) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}

export class Dispatcher extends EventEmitter {
  constructor(
    private readonly acceptWindowMs = 12_000,
    private readonly maxOffers = 5,
  ) {
    super();
  }

  rank(req: RideRequest, drivers: Driver[]): Driver[] {
    return drivers
      .filter((d) => d.vehicleClass === req.vehicleClass)
      .map((d) => ({ d, km: haversineKm(req.pickup, d) }))
      .filter((x) => x.km < 8)
      .sort((a, b) => a.km - b.km || b.d.rating - a.d.rating)
      .slice(0, this.maxOffers)
      .map((x) => x.d);
  }

  async offerToNearest(req: RideRequest, drivers: Driver[]): Promise<OfferOutcome | null> {
    const candidates = this.rank(req, drivers);

    for (const driver of candidates) {
      try {
        const reply = await driverGateway.offerRide(driver.id, req.id, {
          signal: req.signal,
          acceptWindowMs: this.acceptWindowMs,
        });
        if (reply.accepted) {
          this.emit('matched', req.id, driver.id);
          return { driverId: driver.id, etaSec: reply.etaSec };
        }
        this.emit('declined', req.id, driver.id);
      } catch (err) {
        this.emit('offer-error', req.id, driver.id, err);
      }
    }

    this.emit('unmatched', req.id);
    return null;
  }
}
