// expect: no-unobserved-promise
// The liberation-point lookup is started before several other awaits and only awaited at the end; if it rejects meanwhile nothing is attached and Node reports an unhandled rejection.
export interface ClockedArrival {
  ringNumber: string;
  loftId: string;
  arrivedAt: string;
}

export interface LoftLocation {
  loftId: string;
  lat: number;
  lon: number;
}

export interface RaceResult {
  position: number;
  ringNumber: string;
  loftId: string;
  distanceKm: number;
  velocityMpm: number;
}

declare const federation: {
  liberationPoint(raceId: string): Promise<{ lat: number; lon: number; liberatedAt: string }>;
  clockedArrivals(raceId: string): Promise<ClockedArrival[]>;
  lofts(ids: string[]): Promise<LoftLocation[]>;
  publish(raceId: string, results: RaceResult[]): Promise<void>;
};

const EARTH_RADIUS_KM = 6371;

function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const toRad = (d: number) => (d * Math.PI) / 180;
  const dLat = toRad(b.lat - a.lat);
  const dLon = toRad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

export async function computeRace(raceId: string): Promise<RaceResult[]> {
  const liberation = federation.liberationPoint(raceId);

  const arrivals = await federation.clockedArrivals(raceId);
  if (arrivals.length === 0) {
    throw new Error(`no clocked arrivals for race ${raceId}`);
  }
  const loftIds = [...new Set(arrivals.map((a) => a.loftId))];
  const lofts = new Map((await federation.lofts(loftIds)).map((l) => [l.loftId, l]));

  const release = await liberation;
  const releasedAtMs = Date.parse(release.liberatedAt);

  const scored = arrivals.flatMap((arrival) => {
    const loft = lofts.get(arrival.loftId);
    if (!loft) return [];
    const distanceKm = haversineKm(release, loft);
    const flightMinutes = (Date.parse(arrival.arrivedAt) - releasedAtMs) / 60_000;
    if (flightMinutes <= 0) return [];
    // Pigeon racing ranks by velocity in metres per minute, not by arrival time.
    return [{ ringNumber: arrival.ringNumber, loftId: arrival.loftId, distanceKm, velocityMpm: (distanceKm * 1000) / flightMinutes }];
  });

  return scored
    .sort((a, b) => b.velocityMpm - a.velocityMpm)
    .map((entry, index) => ({ position: index + 1, ...entry }));
}

export async function publishRace(raceId: string, maxPublished = 100): Promise<number> {
  const results = await computeRace(raceId);
  await federation.publish(raceId, results.slice(0, maxPublished));
  return results.length;
}
