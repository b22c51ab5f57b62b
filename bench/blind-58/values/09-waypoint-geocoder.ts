// expect: none
// The map deliberately stores in-flight promises for de-duplication; the truthiness check is on the map lookup, failures evict and rethrow, and callers await the shared promise.
export interface Waypoint {
  name: string;
  lat: number;
  lon: number;
  kind: "well" | "oasis" | "market" | "camp";
}

export interface CaravanLeg {
  from: string;
  to: string;
  distanceKm: number;
  waterStop: boolean;
}

declare const gazetteer: {
  lookup(name: string): Promise<Waypoint>;
};

const EARTH_RADIUS_KM = 6371;

function haversineKm(a: Waypoint, b: Waypoint): number {
  const toRad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = toRad(b.lat - a.lat);
  const dLon = toRad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

export class WaypointGeocoder {
  private readonly cache = new Map<string, Promise<Waypoint>>();

  resolve(name: string): Promise<Waypoint> {
    const key = name.trim().toLowerCase();
    const existing = this.cache.get(key);
    if (existing) {
      return existing;
    }
    const lookup = gazetteer.lookup(name.trim()).catch((err: unknown) => {
      this.cache.delete(key);
      throw err;
    });
    this.cache.set(key, lookup);
    return lookup;
  }

  async planLegs(route: string[]): Promise<CaravanLeg[]> {
    if (route.length < 2) {
      throw new RangeError("a caravan route needs at least two waypoints");
    }
    const points = await Promise.all(route.map((name) => this.resolve(name)));
    const legs: CaravanLeg[] = [];
    for (let i = 1; i < points.length; i++) {
      const from = points[i - 1];
      const to = points[i];
      legs.push({
        from: from.name,
        to: to.name,
        distanceKm: Math.round(haversineKm(from, to) * 10) / 10,
        waterStop: to.kind === "well" || to.kind === "oasis",
      });
    }
    return legs;
  }

  async describeRoute(route: string[]): Promise<string> {
    const legs = await this.planLegs(route);
    const total = legs.reduce((sum, leg) => sum + leg.distanceKm, 0);
    const dry = legs.filter((leg) => !leg.waterStop).length;
    return `${route[0]} → ${route[route.length - 1]}: ${total.toFixed(1)} km over ${legs.length} legs (${dry} without water)`;
  }
}
