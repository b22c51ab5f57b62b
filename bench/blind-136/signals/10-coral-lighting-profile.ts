// expect: no-swallowed-abort
// The catch block wraps every failure, including an AbortError from the caller's signal, in a plain Error, so callers can no longer recognise the cancellation by its name.
export interface LightingPoint {
  minuteOfDay: number;
  bluePct: number;
  whitePct: number;
  uvPct: number;
}

export interface LightingProfile {
  tankId: string;
  species: string;
  points: LightingPoint[];
}

export interface FixtureController {
  upload(tankId: string, points: LightingPoint[], opts: { signal?: AbortSignal }): Promise<void>;
}

function validate(profile: LightingProfile): LightingPoint[] {
  const pts = [...profile.points].sort((a, b) => a.minuteOfDay - b.minuteOfDay);
  for (const p of pts) {
    if (p.minuteOfDay < 0 || p.minuteOfDay >= 1440) throw new Error(`minute ${p.minuteOfDay} out of range`);
    for (const v of [p.bluePct, p.whitePct, p.uvPct]) {
      if (v < 0 || v > 100) throw new Error(`channel value ${v} out of range`);
    }
  }
  return pts;
}

export class LightingProfileService {
  constructor(
    private readonly profileApi: string,
    private readonly fixtures: FixtureController,
  ) {}

  async load(tankId: string, signal?: AbortSignal): Promise<LightingProfile> {
    try {
      const res = await fetch(`${this.profileApi}/tanks/${encodeURIComponent(tankId)}/lighting`, { signal });
      if (!res.ok) throw new Error(`profile service answered ${res.status}`);
      const profile = (await res.json()) as LightingProfile;
      return { ...profile, points: validate(profile) };
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      throw new Error(`failed to load lighting profile for tank ${tankId}: ${reason}`);
    }
  }

  async apply(tankId: string, signal?: AbortSignal): Promise<LightingProfile> {
    const profile = await this.load(tankId, signal);
    await this.fixtures.upload(tankId, profile.points, { signal });
    return profile;
  }

  static photoperiodHours(points: LightingPoint[], thresholdPct = 10): number {
    let minutes = 0;
    for (let i = 0; i < points.length - 1; i++) {
      const lit = points[i].bluePct + points[i].whitePct >= thresholdPct;
      if (lit) minutes += points[i + 1].minuteOfDay - points[i].minuteOfDay;
    }
    return minutes / 60;
  }
}
