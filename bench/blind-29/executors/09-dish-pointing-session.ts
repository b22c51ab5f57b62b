// expect: no-multiple-settle
// The executor is async and awaits the ephemeris lookup before settling; if the lookup rejects, the returned promise never settles.
import { EventEmitter } from 'node:events';

export interface Target {
  name: string;
  rightAscensionDeg?: number;
  declinationDeg?: number;
}

export interface TrackingLock {
  target: string;
  azimuthDeg: number;
  elevationDeg: number;
  pointingErrorArcsec: number;
  lockedAt: Date;
}

interface MountStatus {
  azimuthDeg: number;
  elevationDeg: number;
  errorArcsec: number;
}

declare const ephemeris: {
  lookup(name: string, epoch: Date): Promise<{ raDeg: number; decDeg: number }>;
};

declare const mount: EventEmitter & {
  slew(azimuthDeg: number, elevationDeg: number): void;
  track(raDeg: number, decDeg: number): void;
  halt(): void;
};

const SITE = { latitudeDeg: -30.7215, longitudeDeg: 21.4107 };
const MIN_ELEVATION_DEG = 15;

function toHorizontal(raDeg: number, decDeg: number, at: Date): { az: number; el: number } {
  const rad = Math.PI / 180;
  const days = at.getTime() / 86_400_000 - 10_957.5;
  const lst = (280.46061837 + 360.98564736629 * days + SITE.longitudeDeg) % 360;
  const ha = (lst - raDeg) * rad;
  const lat = SITE.latitudeDeg * rad;
  const dec = decDeg * rad;
  const sinEl = Math.sin(dec) * Math.sin(lat) + Math.cos(dec) * Math.cos(lat) * Math.cos(ha);
  const el = Math.asin(sinEl);
  const cosAz = (Math.sin(dec) - Math.sin(el) * Math.sin(lat)) / (Math.cos(el) * Math.cos(lat));
  let az = Math.acos(Math.max(-1, Math.min(1, cosAz))) / rad;
  if (Math.sin(ha) > 0) az = 360 - az;
  return { az, el: el / rad };
}

export function slewAndTrack(target: Target, slewTimeoutMs = 180_000): Promise<TrackingLock> {
  return new Promise(async (resolve, reject) => {
    const now = new Date();
    const coords =
      target.rightAscensionDeg !== undefined && target.declinationDeg !== undefined
        ? { raDeg: target.rightAscensionDeg, decDeg: target.declinationDeg }
        : await ephemeris.lookup(target.name, now);

    const { az, el } = toHorizontal(coords.raDeg, coords.decDeg, now);
    if (el < MIN_ELEVATION_DEG) {
      reject(new Error(`${target.name} is at ${el.toFixed(1)}° elevation, below the ${MIN_ELEVATION_DEG}° limit`));
      return;
    }

    const cleanup = () => {
      clearTimeout(timer);
      mount.off('on-target', onTarget);
      mount.off('fault', onFault);
    };
    const onTarget = (status: MountStatus) => {
      cleanup();
      mount.track(coords.raDeg, coords.decDeg);
      resolve({
        target: target.name,
        azimuthDeg: status.azimuthDeg,
        elevationDeg: status.elevationDeg,
        pointingErrorArcsec: status.errorArcsec,
        lockedAt: new Date(),
      });
    };
    const onFault = (code: string) => {
      cleanup();
      reject(new Error(`mount fault ${code} while slewing to ${target.name}`));
    };
    const timer = setTimeout(() => {
      cleanup();
      mount.halt();
      reject(new Error(`slew to ${target.name} did not settle within ${slewTimeoutMs / 1000}s`));
    }, slewTimeoutMs);

    mount.once('on-target', onTarget);
    mount.once('fault', onFault);
    mount.slew(az, el);
  });
}
