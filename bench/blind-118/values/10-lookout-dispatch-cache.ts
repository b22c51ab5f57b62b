// expect: none
// The fallback on the right of ?? is parenthesised and awaited, so a cache miss yields the resolved coordinates rather than a promise.
export interface TowerLocation {
  towerId: string;
  lat: number;
  lon: number;
  elevationM: number;
}

export interface TowerRegistry {
  locate(towerId: string): Promise<TowerLocation>;
}

export interface SmokeReport {
  towerId: string;
  azimuthDeg: number;
  reportedAt: string;
}

export interface CrossFix {
  lat: number;
  lon: number;
  towers: [string, string];
}

const toRad = (deg: number) => (deg * Math.PI) / 180;
const toDeg = (rad: number) => (rad * 180) / Math.PI;

export class DispatchLocator {
  private readonly cache = new Map<string, TowerLocation>();

  constructor(private readonly registry: TowerRegistry) {}

  private async location(towerId: string): Promise<TowerLocation> {
    const known = this.cache.get(towerId) ?? (await this.registry.locate(towerId));
    this.cache.set(towerId, known);
    return known;
  }

  async crossFix(a: SmokeReport, b: SmokeReport): Promise<CrossFix | null> {
    const [ta, tb] = await Promise.all([this.location(a.towerId), this.location(b.towerId)]);

    // flat-earth approximation is fine for the ~30 km between neighbouring towers
    const kx = Math.cos(toRad((ta.lat + tb.lat) / 2));
    const ax = ta.lon * kx;
    const bx = tb.lon * kx;
    const da = [Math.sin(toRad(a.azimuthDeg)), Math.cos(toRad(a.azimuthDeg))];
    const db = [Math.sin(toRad(b.azimuthDeg)), Math.cos(toRad(b.azimuthDeg))];

    const denom = da[0] * db[1] - da[1] * db[0];
    if (Math.abs(denom) < 1e-6) return null;

    const t = ((bx - ax) * db[1] - (tb.lat - ta.lat) * db[0]) / denom;
    if (t < 0) return null;

    return {
      lat: ta.lat + t * da[1],
      lon: (ax + t * da[0]) / kx,
      towers: [a.towerId, b.towerId],
    };
  }

  bearingBetween(from: TowerLocation, to: TowerLocation): number {
    const y = Math.sin(toRad(to.lon - from.lon)) * Math.cos(toRad(to.lat));
    const x =
      Math.cos(toRad(from.lat)) * Math.sin(toRad(to.lat)) -
      Math.sin(toRad(from.lat)) * Math.cos(toRad(to.lat)) * Math.cos(toRad(to.lon - from.lon));
    return (toDeg(Math.atan2(y, x)) + 360) % 360;
  }
}
