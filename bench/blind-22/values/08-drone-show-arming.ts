// expect: no-read-before-settle
// this.geofence is assigned in a .then callback on the registry lookup, but arm() checks waypoints against it synchronously right after, before the fence has loaded.
type Point = { lat: number; lon: number; altM: number };

interface Geofence {
  polygon: Array<[number, number]>;
  ceilingM: number;
}

interface ShowManifest {
  showId: string;
  site: string;
  drones: Array<{ droneId: string; waypoints: Point[] }>;
}

declare const siteRegistry: { geofence(site: string): Promise<Geofence | undefined> };
declare const fleetLink: {
  upload(droneId: string, waypoints: Point[]): Promise<void>;
  arm(droneIds: string[]): Promise<void>;
};

function insidePolygon(poly: Array<[number, number]>, p: Point): boolean {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [yi, xi] = poly[i]!;
    const [yj, xj] = poly[j]!;
    const crosses = yi > p.lat !== yj > p.lat && p.lon < ((xj - xi) * (p.lat - yi)) / (yj - yi) + xi;
    if (crosses) inside = !inside;
  }
  return inside;
}

export class ShowController {
  private geofence: Geofence | undefined;
  private armed = new Set<string>();

  constructor(private readonly manifestUrl: string) {}

  private async loadManifest(showId: string): Promise<ShowManifest> {
    const res = await fetch(`${this.manifestUrl}/${encodeURIComponent(showId)}.json`);
    if (!res.ok) throw new Error(`manifest ${showId}: HTTP ${res.status}`);
    return (await res.json()) as ShowManifest;
  }

  async arm(showId: string): Promise<string[]> {
    const manifest = await this.loadManifest(showId);

    siteRegistry.geofence(manifest.site).then((fence) => {
      this.geofence = fence;
    });

    // Sites without a published fence (private land) are flown on the pilot's own survey.
    const fence = this.geofence;
    const breaches: string[] = [];
    if (fence) {
      for (const drone of manifest.drones) {
        const outside = drone.waypoints.some((p) => p.altM > fence.ceilingM || !insidePolygon(fence.polygon, p));
        if (outside) breaches.push(drone.droneId);
      }
    }
    if (breaches.length > 0) {
      throw new Error(`show ${showId} leaves the geofence on drones ${breaches.join(', ')}`);
    }

    await Promise.all(manifest.drones.map((d) => fleetLink.upload(d.droneId, d.waypoints)));
    const ids = manifest.drones.map((d) => d.droneId);
    await fleetLink.arm(ids);
    ids.forEach((id) => this.armed.add(id));
    return ids;
  }

  isArmed(droneId: string): boolean {
    return this.armed.has(droneId);
  }
}
