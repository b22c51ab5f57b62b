// expect: none
// Correct: the boundary promise is memoised on purpose so concurrent callers share one load, and it is dropped on failure so the next call starts a fresh one.
export interface LatLng {
  lat: number;
  lng: number;
}

export interface MowZone {
  id: string;
  polygon: LatLng[];
  cutHeightMm: number;
}

export interface MowPlan {
  mowerId: string;
  zones: MowZone[];
  startAt: Date;
  estimatedMinutes: number;
}

declare const gardenApi: {
  boundary(gardenId: string): Promise<MowZone[]>;
  schedule(gardenId: string): Promise<Array<{ zoneId: string; weekday: number; hour: number }>>;
  batteryHealth(mowerId: string): Promise<{ capacityWh: number; cycles: number }>;
};

function polygonAreaM2(poly: LatLng[]): number {
  const mPerDegLat = 111_320;
  let sum = 0;
  for (let i = 0; i < poly.length; i++) {
    const a = poly[i];
    const b = poly[(i + 1) % poly.length];
    const mPerDegLng = mPerDegLat * Math.cos((a.lat * Math.PI) / 180);
    sum += a.lng * mPerDegLng * (b.lat * mPerDegLat) - b.lng * mPerDegLng * (a.lat * mPerDegLat);
  }
  return Math.abs(sum) / 2;
}

export class MowerPlanner {
  private boundaryLoad?: Promise<MowZone[]>;

  constructor(private readonly gardenId: string, private readonly mowerId: string) {}

  private boundary(): Promise<MowZone[]> {
    this.boundaryLoad ??= gardenApi.boundary(this.gardenId).catch((err: unknown) => {
      this.boundaryLoad = undefined;
      throw err;
    });
    return this.boundaryLoad;
  }

  invalidateBoundary(): void {
    this.boundaryLoad = undefined;
  }

  async planFor(day: Date): Promise<MowPlan | null> {
    const [zones, schedule, battery] = await Promise.all([
      this.boundary(),
      gardenApi.schedule(this.gardenId),
      gardenApi.batteryHealth(this.mowerId),
    ]);

    const weekday = day.getDay();
    const slots = schedule.filter((s) => s.weekday === weekday);
    if (slots.length === 0) return null;

    const wanted = new Set(slots.map((s) => s.zoneId));
    const todays = zones.filter((z) => wanted.has(z.id));
    const areaM2 = todays.reduce((sum, z) => sum + polygonAreaM2(z.polygon), 0);
    // Roughly 1.2 m²/min of cut for a 22 cm deck, slower as the pack ages.
    const wear = Math.max(0.6, 1 - battery.cycles / 2000);
    const estimatedMinutes = Math.ceil(areaM2 / (1.2 * wear));

    const startAt = new Date(day);
    startAt.setHours(Math.min(...slots.map((s) => s.hour)), 0, 0, 0);
    return { mowerId: this.mowerId, zones: todays, startAt, estimatedMinutes };
  }

  async zoneById(zoneId: string): Promise<MowZone | undefined> {
    const zones = await this.boundary();
    return zones.find((z) => z.id === zoneId);
  }
}
