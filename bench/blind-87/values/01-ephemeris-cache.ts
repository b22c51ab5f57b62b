// expect: none
// The truthiness test is on a cached promise on purpose (memoising the in-flight load), and every template string and comparison uses awaited values.
export interface Ephemeris {
  generatedAt: number;
  site: { lat: number; lon: number; elevationM: number };
  objects: Record<string, { raDeg: number; decDeg: number }>;
}

declare function loadEphemeris(site: string): Promise<Ephemeris>;

const TTL_MS = 10 * 60_000;

export class EphemerisCache {
  private pending: Promise<Ephemeris> | null = null;
  private loadedAt = 0;

  constructor(private readonly site: string) {}

  get(): Promise<Ephemeris> {
    if (!this.pending || Date.now() - this.loadedAt > TTL_MS) {
      this.loadedAt = Date.now();
      this.pending = loadEphemeris(this.site).catch((err: unknown) => {
        this.pending = null;
        throw err;
      });
    }
    return this.pending;
  }

  invalidate(): void {
    this.pending = null;
  }
}

function localSiderealDeg(lonDeg: number, at: Date): number {
  const jd = at.getTime() / 86_400_000 + 2_440_587.5;
  const gmst = 280.46061837 + 360.98564736629 * (jd - 2_451_545);
  return (((gmst + lonDeg) % 360) + 360) % 360;
}

function altitudeDeg(latDeg: number, decDeg: number, hourAngleDeg: number): number {
  const r = Math.PI / 180;
  const s = Math.sin(latDeg * r) * Math.sin(decDeg * r) + Math.cos(latDeg * r) * Math.cos(decDeg * r) * Math.cos(hourAngleDeg * r);
  return Math.asin(s) / r;
}

export async function describeTarget(cache: EphemerisCache, target: string, at = new Date()): Promise<string> {
  const eph = await cache.get();
  const obj = eph.objects[target];
  if (!obj) return `${target}: not in tonight's ephemeris`;
  const lst = localSiderealDeg(eph.site.lon, at);
  const alt = altitudeDeg(eph.site.lat, obj.decDeg, lst - obj.raDeg);
  const visibility = alt > 20 ? 'observable' : alt > 0 ? 'low on the horizon' : 'below the horizon';
  return `${target} at ${alt.toFixed(1)}° altitude (${visibility})`;
}

export async function nightPlan(cache: EphemerisCache, targets: string[]): Promise<string[]> {
  const eph = await cache.get();
  const stale = Date.now() - eph.generatedAt > 24 * 60 * 60_000;
  const lines = await Promise.all(targets.map((t) => describeTarget(cache, t)));
  return stale ? ['(ephemeris older than a day; refresh before slewing)', ...lines] : lines;
}
