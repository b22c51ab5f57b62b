// expect: none
// The timeout flag set by the timer is only read after the awaited fetch settles, and the geofence file is parsed inside its callback.
import { readFile } from 'node:fs';

export interface Waypoint {
  lat: number;
  lon: number;
  altitudeM: number;
}

export interface FlightPlan {
  droneId: string;
  parcelId: string;
  waypoints: Waypoint[];
}

interface Geofence {
  name: string;
  polygon: Array<[number, number]>;
}

function insidePolygon(lat: number, lon: number, polygon: Array<[number, number]>): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [yi, xi] = polygon[i];
    const [yj, xj] = polygon[j];
    const crosses = yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi;
    if (crosses) inside = !inside;
  }
  return inside;
}

export class FlightPlanSubmitter {
  private noFlyZones: Geofence[] = [];

  constructor(
    private readonly utmEndpoint: string,
    private readonly timeoutMs = 8_000,
  ) {}

  loadGeofences(file: string, done: (err: Error | null, count: number) => void): void {
    readFile(file, 'utf8', (err, text) => {
      if (err) return done(err, 0);
      try {
        this.noFlyZones = JSON.parse(text) as Geofence[];
        done(null, this.noFlyZones.length);
      } catch (parseErr) {
        done(parseErr as Error, 0);
      }
    });
  }

  violations(plan: FlightPlan): string[] {
    const hits = new Set<string>();
    for (const wp of plan.waypoints) {
      for (const zone of this.noFlyZones) {
        if (insidePolygon(wp.lat, wp.lon, zone.polygon)) hits.add(zone.name);
      }
    }
    return [...hits];
  }

  async submit(plan: FlightPlan): Promise<{ approved: boolean; reason?: string }> {
    const blocked = this.violations(plan);
    if (blocked.length > 0) return { approved: false, reason: `enters ${blocked.join(', ')}` };

    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.timeoutMs);

    try {
      const res = await fetch(`${this.utmEndpoint}/flight-plans`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(plan),
        signal: controller.signal,
      });
      if (!res.ok) return { approved: false, reason: `UTM responded ${res.status}` };
      const body = (await res.json()) as { status: string };
      return { approved: body.status === 'ACCEPTED' };
    } catch (err) {
      if (timedOut) return { approved: false, reason: 'UTM did not answer in time' };
      throw err;
    } finally {
      clearTimeout(timer);
    }
  }
}
