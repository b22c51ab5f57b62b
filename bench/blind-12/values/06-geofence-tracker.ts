// expect: none
// lastFix is written by the watchPosition callback and only read later from separate methods or after awaiting the wrapped getCurrentPosition promise.
export interface Geofence {
  id: string;
  lat: number;
  lng: number;
  radiusM: number;
}

export interface Fix {
  lat: number;
  lng: number;
  accuracyM: number;
  at: number;
}

const EARTH_RADIUS_M = 6_371_000;

function distanceM(aLat: number, aLng: number, bLat: number, bLng: number): number {
  const toRad = (d: number) => (d * Math.PI) / 180;
  const dLat = toRad(bLat - aLat);
  const dLng = toRad(bLng - aLng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(aLat)) * Math.cos(toRad(bLat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(h));
}

function toFix(pos: GeolocationPosition): Fix {
  return {
    lat: pos.coords.latitude,
    lng: pos.coords.longitude,
    accuracyM: pos.coords.accuracy,
    at: pos.timestamp,
  };
}

export class GeofenceTracker {
  private watchId: number | null = null;
  private lastFix: Fix | null = null;
  private inside = new Set<string>();

  constructor(
    private readonly fences: Geofence[],
    private readonly onTransition: (fenceId: string, entered: boolean) => void,
  ) {}

  currentFix(timeoutMs = 10_000): Promise<Fix> {
    return new Promise((resolve, reject) => {
      navigator.geolocation.getCurrentPosition(
        (pos) => resolve(toFix(pos)),
        (err) => reject(new Error(`geolocation error ${err.code}: ${err.message}`)),
        { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 0 },
      );
    });
  }

  async start(): Promise<void> {
    const first = await this.currentFix();
    this.lastFix = first;
    this.evaluate(first);

    this.watchId = navigator.geolocation.watchPosition(
      (pos) => {
        const fix = toFix(pos);
        if (fix.accuracyM > 200) return;
        this.lastFix = fix;
        this.evaluate(fix);
      },
      (err) => console.warn('watchPosition failed', err.message),
      { enableHighAccuracy: true, maximumAge: 5_000 },
    );
  }

  stop(): void {
    if (this.watchId !== null) {
      navigator.geolocation.clearWatch(this.watchId);
      this.watchId = null;
    }
  }

  lastKnown(): Fix | null {
    return this.lastFix;
  }

  private evaluate(fix: Fix): void {
    for (const fence of this.fences) {
      const d = distanceM(fix.lat, fix.lng, fence.lat, fence.lng);
      const nowInside = d <= fence.radiusM;
      const wasInside = this.inside.has(fence.id);
      if (nowInside && !wasInside) {
        this.inside.add(fence.id);
        this.onTransition(fence.id, true);
      } else if (!nowInside && wasInside && d > fence.radiusM + fix.accuracyM) {
        this.inside.delete(fence.id);
        this.onTransition(fence.id, false);
      }
    }
  }
}
