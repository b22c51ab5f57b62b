// expect: no-leaked-race
// The deadline's setTimeout is never cleared when the position fix wins the race, so every poll leaves a live timer behind that later fires a reject nobody needs.
export interface PositionFix {
  airshipId: string;
  lat: number;
  lon: number;
  altitudeFt: number;
  groundSpeedKts: number;
  at: number;
}

export interface TelemetryLink {
  nextPosition(airshipId: string): Promise<PositionFix>;
}

export interface GeoFence {
  id: string;
  center: { lat: number; lon: number };
  radiusNm: number;
}

export interface FleetStatus {
  airshipId: string;
  fix: PositionFix | null;
  insideFences: string[];
  stale: boolean;
}

function deadline(ms: number, what: string): Promise<never> {
  return new Promise((_, reject) => {
    setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
}

function distanceNm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const toRad = (d: number) => (d * Math.PI) / 180;
  const dLat = toRad(b.lat - a.lat);
  const dLon = toRad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * 3440.065 * Math.asin(Math.sqrt(h));
}

export class FleetTracker {
  private readonly lastFix = new Map<string, PositionFix>();

  constructor(
    private readonly link: TelemetryLink,
    private readonly fences: GeoFence[],
    private readonly fixTimeoutMs = 4_000,
  ) {}

  async nextFix(airshipId: string): Promise<PositionFix> {
    const fix = await Promise.race([
      this.link.nextPosition(airshipId),
      deadline(this.fixTimeoutMs, `position fix for ${airshipId}`),
    ]);
    this.lastFix.set(airshipId, fix);
    return fix;
  }

  async status(airshipId: string): Promise<FleetStatus> {
    try {
      const fix = await this.nextFix(airshipId);
      const insideFences = this.fences.filter((f) => distanceNm(f.center, fix) <= f.radiusNm).map((f) => f.id);
      return { airshipId, fix, insideFences, stale: false };
    } catch {
      const previous = this.lastFix.get(airshipId) ?? null;
      return { airshipId, fix: previous, insideFences: [], stale: true };
    }
  }

  async sweep(airshipIds: string[]): Promise<FleetStatus[]> {
    return Promise.all(airshipIds.map((id) => this.status(id)));
  }
}
