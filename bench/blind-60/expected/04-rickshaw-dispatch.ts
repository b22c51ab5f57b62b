// expect: none
// waitForPickup calls getRideStatus() afresh on every poll; the fare-zone promise is deliberately shared as a cache and evicted if it rejects.
export interface RideRequest {
  rideId: string;
  pickup: { lat: number; lng: number };
  dropoff: { lat: number; lng: number };
  passengers: 1 | 2 | 3;
}

export type RideStatus =
  | { state: 'searching' }
  | { state: 'assigned'; pullerId: string; etaSec: number }
  | { state: 'picked-up'; pullerId: string; at: number }
  | { state: 'cancelled'; reason: string };

export interface FareZone {
  zoneId: string;
  baseFare: number;
  perKm: number;
}

declare const dispatchApi: {
  getRideStatus(rideId: string): Promise<RideStatus>;
  fetchFareZone(zoneId: string): Promise<FareZone>;
};

declare function sleep(ms: number): Promise<void>;

function zoneOf(p: { lat: number; lng: number }): string {
  return `z${Math.floor(p.lat * 20)}_${Math.floor(p.lng * 20)}`;
}

function haversineKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

export class Dispatcher {
  private readonly zoneCache = new Map<string, Promise<FareZone>>();

  private fareZone(zoneId: string): Promise<FareZone> {
    let cached = this.zoneCache.get(zoneId);
    if (!cached) {
      cached = dispatchApi.fetchFareZone(zoneId);
      this.zoneCache.set(zoneId, cached);
      cached.catch(() => this.zoneCache.delete(zoneId));
    }
    return cached;
  }

  async estimateFare(ride: RideRequest): Promise<number> {
    const zone = await this.fareZone(zoneOf(ride.pickup));
    const km = haversineKm(ride.pickup, ride.dropoff);
    const surcharge = ride.passengers === 3 ? 1.25 : 1;
    return Math.round((zone.baseFare + zone.perKm * km) * surcharge * 100) / 100;
  }

  async waitForPickup(rideId: string, timeoutMs = 10 * 60_000, pollMs = 3_000): Promise<Extract<RideStatus, { state: 'picked-up' }>> {
    const deadline = Date.now() + timeoutMs;
    let lastState = 'unknown';
    while (Date.now() < deadline) {
      const status = await dispatchApi.getRideStatus(rideId);
      lastState = status.state;
      switch (status.state) {
        case 'picked-up':
          return status;
        case 'cancelled':
          throw new Error(`ride ${rideId} cancelled: ${status.reason}`);
        case 'assigned':
          await sleep(Math.min(pollMs, Math.max(500, status.etaSec * 250)));
          break;
        case 'searching':
          await sleep(pollMs);
          break;
      }
    }
    throw new Error(`ride ${rideId} not picked up within ${timeoutMs}ms (last state ${lastState})`);
  }

  async quoteMany(rides: RideRequest[]): Promise<Map<string, number>> {
    const fares = await Promise.all(rides.map((r) => this.estimateFare(r)));
    return new Map(rides.map((r, i) => [r.rideId, fares[i]]));
  }
}
