// expect: none
// Every path (usable fix, fault, disconnect, timeout, synchronous throw) goes through one finish helper that clears the timer and detaches every listener before settling once.
import { EventEmitter } from 'node:events';

export interface GpsFix {
  lat: number;
  lon: number;
  altitudeM: number;
  satellites: number;
}

export interface SurveyDrone extends EventEmitter {
  readonly callsign: string;
  requestGpsLock(): void;
}

export class GpsLockError extends Error {
  constructor(
    readonly callsign: string,
    reason: string,
  ) {
    super(`${callsign}: ${reason}`);
    this.name = 'GpsLockError';
  }
}

export function waitForGpsLock(drone: SurveyDrone, timeoutMs = 30_000, minSatellites = 6): Promise<GpsFix> {
  return new Promise<GpsFix>((resolve, reject) => {
    const onFix = (fix: GpsFix) => {
      // glacier valleys shade the sky; weak fixes are common, keep listening
      if (fix.satellites < minSatellites) return;
      finish(() => resolve(fix));
    };
    const onFault = (err: Error) => finish(() => reject(err));
    const onDisconnect = () => finish(() => reject(new GpsLockError(drone.callsign, 'radio link lost before GPS lock')));

    const timer = setTimeout(() => {
      finish(() => reject(new GpsLockError(drone.callsign, `no lock after ${timeoutMs}ms`)));
    }, timeoutMs);

    function finish(settle: () => void): void {
      clearTimeout(timer);
      drone.off('fix', onFix);
      drone.off('fault', onFault);
      drone.off('disconnect', onDisconnect);
      settle();
    }

    drone.on('fix', onFix);
    drone.on('fault', onFault);
    drone.on('disconnect', onDisconnect);

    try {
      drone.requestGpsLock();
    } catch (err) {
      finish(() => reject(err));
    }
  });
}

export interface ArmReport {
  callsign: string;
  fix: GpsFix;
  waitedMs: number;
}

export async function armFleet(drones: SurveyDrone[], timeoutMs?: number): Promise<ArmReport[]> {
  const started = Date.now();
  const fixes = await Promise.all(drones.map((d) => waitForGpsLock(d, timeoutMs)));
  return fixes.map((fix, i) => ({
    callsign: drones[i].callsign,
    fix,
    waitedMs: Date.now() - started,
  }));
}
