// expect: no-unobserved-promise
// The GPS track request is started and stored but only awaited after the meter log await, so if the telematics call fails while the meter log is still loading its rejection has no handler and is reported as unhandled.
export interface MeterLogEntry {
  at: number;
  fareCents: number;
  odometerM: number;
}

export interface GpsPoint {
  at: number;
  lat: number;
  lon: number;
}

export interface MeterService {
  log(tripId: string): Promise<MeterLogEntry[]>;
}

export interface Telematics {
  track(tripId: string): Promise<GpsPoint[]>;
}

export interface TripAudit {
  tripId: string;
  meterDistanceM: number;
  gpsDistanceM: number;
  ratio: number;
  suspicious: boolean;
}

const EARTH_RADIUS_M = 6_371_000;

function haversine(a: GpsPoint, b: GpsPoint): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(h));
}

export class TripAuditor {
  constructor(private readonly meters: MeterService, private readonly telematics: Telematics, private readonly maxRatio = 1.15) {}

  async audit(tripId: string): Promise<TripAudit> {
    const gpsTrack = this.telematics.track(tripId);
    const log = await this.meters.log(tripId);
    const sorted = [...log].sort((a, b) => a.at - b.at);
    const meterDistanceM = sorted.length > 1 ? sorted[sorted.length - 1].odometerM - sorted[0].odometerM : 0;

    const points = await gpsTrack;
    let gpsDistanceM = 0;
    for (let i = 1; i < points.length; i++) gpsDistanceM += haversine(points[i - 1], points[i]);

    const ratio = gpsDistanceM > 0 ? meterDistanceM / gpsDistanceM : Number.POSITIVE_INFINITY;
    return {
      tripId,
      meterDistanceM,
      gpsDistanceM: Math.round(gpsDistanceM),
      ratio: Number(ratio.toFixed(3)),
      suspicious: ratio > this.maxRatio,
    };
  }

  async auditShift(tripIds: string[]): Promise<TripAudit[]> {
    const out: TripAudit[] = [];
    for (const id of tripIds) out.push(await this.audit(id));
    return out.filter((a) => a.suspicious);
  }
}
