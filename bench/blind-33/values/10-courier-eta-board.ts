// expect: none
// The rider map and lastRefresh are written in a then-callback, but refresh() awaits that chain before reading them, and eta() only reads them between refreshes.
export interface RiderPosition {
  riderId: string;
  lat: number;
  lon: number;
  speedKmh: number;
  reportedAt: number;
}

export interface Delivery {
  id: string;
  riderId: string;
  dropLat: number;
  dropLon: number;
  promisedBy: number;
}

export interface EtaLine {
  deliveryId: string;
  riderId: string;
  etaMinutes: number | null;
  late: boolean;
  stale: boolean;
}

declare const fleetApi: {
  positions(): Promise<RiderPosition[]>;
  activeDeliveries(): Promise<Delivery[]>;
};

declare const screen: {
  render(lines: EtaLine[], banner: string | null): Promise<void>;
};

const STALE_MS = 2 * 60_000;
const CITY_AVG_KMH = 16;

function km(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const dLat = (bLat - aLat) * 111.32;
  const dLon = (bLon - aLon) * 111.32 * Math.cos((aLat * Math.PI) / 180);
  return Math.hypot(dLat, dLon);
}

export class EtaBoard {
  private riders = new Map<string, RiderPosition>();
  private lastRefresh = 0;

  async refresh(): Promise<void> {
    const deliveries = await fleetApi
      .positions()
      .then((list) => {
        this.riders = new Map(list.map((p) => [p.riderId, p]));
        this.lastRefresh = Date.now();
      })
      .then(() => fleetApi.activeDeliveries());

    const newestFix = Math.max(0, ...[...this.riders.values()].map((p) => p.reportedAt));
    const feedStale = this.lastRefresh - newestFix > STALE_MS;
    const lines = deliveries.map((d) => this.eta(d)).sort((a, b) => (a.etaMinutes ?? 1e9) - (b.etaMinutes ?? 1e9));
    const banner = feedStale ? 'Rider positions delayed' : lines.some((l) => l.late) ? 'Some deliveries running late' : null;

    await screen.render(lines, banner);
  }

  eta(delivery: Delivery): EtaLine {
    const pos = this.riders.get(delivery.riderId);
    if (!pos) {
      return { deliveryId: delivery.id, riderId: delivery.riderId, etaMinutes: null, late: false, stale: true };
    }
    const distance = km(pos.lat, pos.lon, delivery.dropLat, delivery.dropLon) * 1.3;
    const speed = pos.speedKmh > 4 ? (pos.speedKmh + CITY_AVG_KMH) / 2 : CITY_AVG_KMH;
    const etaMinutes = Math.ceil((distance / speed) * 60);
    return {
      deliveryId: delivery.id,
      riderId: delivery.riderId,
      etaMinutes,
      late: Date.now() + etaMinutes * 60_000 > delivery.promisedBy,
      stale: this.lastRefresh - pos.reportedAt > STALE_MS,
    };
  }
}
