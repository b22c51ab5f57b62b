// expect: no-unobserved-promise
// Bug: the TLE fetch is started, then the rotator park/calibrate awaits run first; if the fetch rejects meanwhile there is no handler attached.
import { setTimeout as delay } from 'node:timers/promises';

export interface TwoLineElement {
  noradId: number;
  line1: string;
  line2: string;
  epoch: Date;
}

export interface PassWindow {
  aos: Date;
  los: Date;
  maxElevationDeg: number;
  azimuthAtAosDeg: number;
}

declare const tleService: {
  fetchLatest(noradId: number, opts?: { signal?: AbortSignal }): Promise<TwoLineElement>;
};

declare const rotator: {
  park(): Promise<void>;
  calibrate(): Promise<{ azOffsetDeg: number; elOffsetDeg: number }>;
  moveTo(azDeg: number, elDeg: number): Promise<void>;
};

declare function predictPasses(tle: TwoLineElement, from: Date, hours: number, minElevationDeg: number): PassWindow[];

export interface PlannedPass extends PassWindow {
  noradId: number;
  tleAgeHours: number;
  calibration: { azOffsetDeg: number; elOffsetDeg: number };
}

const MAX_TLE_AGE_HOURS = 72;

export class PassPlanner {
  constructor(
    private readonly minElevationDeg = 10,
    private readonly horizonHours = 12,
  ) {}

  async planNext(noradId: number, signal?: AbortSignal): Promise<PlannedPass | null> {
    const tlePending = tleService.fetchLatest(noradId, { signal });

    await rotator.park();
    await delay(1500, undefined, { signal });
    const calibration = await rotator.calibrate();

    const tle = await tlePending;
    const now = new Date();
    const tleAgeHours = (now.getTime() - tle.epoch.getTime()) / 3_600_000;
    if (tleAgeHours > MAX_TLE_AGE_HOURS) {
      throw new Error(`TLE for ${noradId} is ${tleAgeHours.toFixed(0)}h old; refusing to schedule`);
    }

    const passes = predictPasses(tle, now, this.horizonHours, this.minElevationDeg);
    if (passes.length === 0) return null;

    const next = passes.reduce((a, b) => (a.aos <= b.aos ? a : b));
    await rotator.moveTo(next.azimuthAtAosDeg + calibration.azOffsetDeg, Math.max(0, calibration.elOffsetDeg));

    return { ...next, noradId, tleAgeHours, calibration };
  }
}

export function describePass(p: PlannedPass): string {
  const mins = Math.round((p.los.getTime() - p.aos.getTime()) / 60_000);
  return `NORAD ${p.noradId}: AOS ${p.aos.toISOString()} for ${mins} min, max el ${p.maxElevationDeg.toFixed(1)}°`;
}
