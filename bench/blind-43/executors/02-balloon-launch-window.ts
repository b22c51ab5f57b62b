// expect: none
// Every exit (acceptable streak, station error, station close, deadline) goes through one finish() that clears the timer and detaches all listeners first.
import { EventEmitter } from 'node:events';

export interface SurfaceReading {
  stationId: string;
  takenAt: Date;
  windKnots: number;
  gustKnots: number;
  visibilityKm: number;
  cloudBaseFt: number;
}

export interface LaunchLimits {
  maxWindKnots: number;
  maxGustSpreadKnots: number;
  minVisibilityKm: number;
  minCloudBaseFt: number;
}

export class LaunchWindowClosed extends Error {
  constructor(
    readonly siteId: string,
    readonly lastReading: SurfaceReading | undefined,
    reason: string,
  ) {
    super(`launch window at ${siteId} closed: ${reason}`);
    this.name = 'LaunchWindowClosed';
  }
}

export function withinLimits(r: SurfaceReading, limits: LaunchLimits): boolean {
  return (
    r.windKnots <= limits.maxWindKnots &&
    r.gustKnots - r.windKnots <= limits.maxGustSpreadKnots &&
    r.visibilityKm >= limits.minVisibilityKm &&
    r.cloudBaseFt >= limits.minCloudBaseFt
  );
}

type Outcome = { ok: true; reading: SurfaceReading } | { ok: false; error: Error };

export function waitForLaunchConditions(
  station: EventEmitter,
  siteId: string,
  limits: LaunchLimits,
  windowMs: number,
  requiredConsecutive = 3,
): Promise<SurfaceReading> {
  return new Promise<SurfaceReading>((resolve, reject) => {
    let streak = 0;
    let last: SurfaceReading | undefined;

    const onReading = (reading: SurfaceReading) => {
      last = reading;
      streak = withinLimits(reading, limits) ? streak + 1 : 0;
      if (streak >= requiredConsecutive) finish({ ok: true, reading });
    };
    const onError = (err: Error) => finish({ ok: false, error: err });
    const onClose = () => finish({ ok: false, error: new LaunchWindowClosed(siteId, last, 'station went offline') });

    const deadline = setTimeout(() => {
      finish({ ok: false, error: new LaunchWindowClosed(siteId, last, `no stable conditions within ${windowMs}ms`) });
    }, windowMs);

    function finish(outcome: Outcome): void {
      clearTimeout(deadline);
      station.off('reading', onReading);
      station.off('error', onError);
      station.off('close', onClose);
      if (outcome.ok) resolve(outcome.reading);
      else reject(outcome.error);
    }

    station.on('reading', onReading);
    station.on('error', onError);
    station.on('close', onClose);
  });
}

declare const flightDesk: {
  notifyCrew(siteId: string, message: string): Promise<void>;
  recordScrub(siteId: string, reason: string, last?: SurfaceReading): Promise<void>;
};

export class LaunchCoordinator {
  constructor(
    private readonly station: EventEmitter,
    private readonly limits: LaunchLimits,
  ) {}

  async attemptLaunch(siteId: string, windowMs: number): Promise<'go' | 'scrubbed'> {
    try {
      const reading = await waitForLaunchConditions(this.station, siteId, this.limits, windowMs);
      await flightDesk.notifyCrew(
        siteId,
        `Inflate now: wind ${reading.windKnots}kt, gusts ${reading.gustKnots}kt, base ${reading.cloudBaseFt}ft`,
      );
      return 'go';
    } catch (err) {
      if (err instanceof LaunchWindowClosed) {
        await flightDesk.recordScrub(siteId, err.message, err.lastReading);
        return 'scrubbed';
      }
      throw err;
    }
  }
}
