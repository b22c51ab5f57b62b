// expect: none
// The route-profile promise is deliberately memoised (and dropped on failure) so concurrent callers share one load, while the telemetry poll fetches afresh each iteration.
import { setTimeout as sleep } from 'node:timers/promises';

export interface RouteSegment {
  fromKm: number;
  toKm: number;
  gradientPercent: number;
  speedLimitKph: number;
}

export interface CarTelemetry {
  odometerKm: number;
  batteryWh: number;
  arrayPowerW: number;
  speedKph: number;
}

export interface PaceAdvice {
  targetKph: number;
  reason: string;
}

declare const raceControl: {
  fetchRouteProfile(stage: number): Promise<RouteSegment[]>;
};

declare const carLink: {
  telemetry(): Promise<CarTelemetry>;
  advise(advice: PaceAdvice): Promise<void>;
};

export class StrategyDesk {
  private routeProfile?: Promise<RouteSegment[]>;

  constructor(private readonly stage: number) {}

  route(): Promise<RouteSegment[]> {
    if (!this.routeProfile) {
      this.routeProfile = raceControl.fetchRouteProfile(this.stage).catch((err: unknown) => {
        this.routeProfile = undefined;
        throw err;
      });
    }
    return this.routeProfile;
  }

  async segmentAt(km: number): Promise<RouteSegment | undefined> {
    const segments = await this.route();
    return segments.find((s) => km >= s.fromKm && km < s.toKm);
  }

  async remainingClimbMeters(fromKm: number): Promise<number> {
    const segments = await this.route();
    return segments
      .filter((s) => s.toKm > fromKm && s.gradientPercent > 0)
      .reduce((sum, s) => sum + ((s.toKm - Math.max(s.fromKm, fromKm)) * 1000 * s.gradientPercent) / 100, 0);
  }

  advise(t: CarTelemetry, segment: RouteSegment, climbM: number): PaceAdvice {
    const reserveWh = climbM * 1.8;
    if (t.batteryWh - reserveWh < 500) {
      return { targetKph: Math.min(55, segment.speedLimitKph), reason: 'protect battery for climbs ahead' };
    }
    if (t.arrayPowerW > 900 && t.batteryWh > 4000) {
      return { targetKph: segment.speedLimitKph, reason: 'strong sun and healthy pack' };
    }
    return { targetKph: Math.min(75, segment.speedLimitKph), reason: 'cruise' };
  }

  async coach(until: () => boolean, intervalMs = 15_000): Promise<number> {
    let advised = 0;
    while (!until()) {
      const telemetry = await carLink.telemetry();
      const [segment, climb] = await Promise.all([
        this.segmentAt(telemetry.odometerKm),
        this.remainingClimbMeters(telemetry.odometerKm),
      ]);
      if (segment) {
        await carLink.advise(this.advise(telemetry, segment, climb));
        advised++;
      }
      await sleep(intervalMs);
    }
    return advised;
  }
}
